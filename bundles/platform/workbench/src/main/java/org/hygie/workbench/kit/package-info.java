/**
 * The one kit of widgets the areas' views are made of: tables sized to their content, form fields
 * with their error line, buttons, a debounced search field, message lines and dialogs with a
 * message line, Close and their action. Plain SWT, named for tests with
 * {@link org.hygie.workbench.WidgetIds}.
 */
@Export
@Version("1.0.0")
package org.hygie.workbench.kit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
