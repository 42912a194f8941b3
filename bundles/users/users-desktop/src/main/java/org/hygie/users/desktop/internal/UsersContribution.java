package org.hygie.users.desktop.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.hygie.core.security.Permissions;
import org.hygie.core.workbench.WorkbenchContribution;
import org.hygie.users.api.UsersApi;
import org.hygie.workbench.ViewContext;
import org.hygie.workbench.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** User administration in the workbench, for administrators only. */
@Component(service = ViewContribution.class)
@WorkbenchContribution(id = "users", label = "label", permission = Permissions.USERS_MANAGE, order = 90)
public class UsersContribution implements ViewContribution {
    @Override
    public Control createView(Composite parent, ViewContext context) {
        return new UsersView(parent, context, context.api(UsersApi.class), context.texts(UsersContribution.class)).root();
    }
}
