package org.hygie.workbench;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.core.workbench.WorkbenchContribution;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An area's view in the SWT workbench: the one thing an area writes, registered as a DS service by
 * its desktop bundle with its entry declared as properties ({@link WorkbenchContribution}: id,
 * label key, permission, order). The workbench lists it in the navigation of users whose role may
 * see it, labelled from the {@code messages*.properties} next to the implementing class; it
 * appears when the service arrives and disappears when it leaves, without a restart. A service
 * without the declaration is not shown.
 */
@ConsumerType
@FunctionalInterface
public interface ViewContribution {
    /**
     * Builds the view the first time the user opens it; called on the display thread. The view
     * lives until logout or until the contribution leaves, so what the user typed stays when they
     * switch views. Long calls go through {@link ViewContext#run}, never on this thread.
     *
     * @return the view's root control, a child of {@code parent}
     */
    Control createView(Composite parent, ViewContext context);
}
