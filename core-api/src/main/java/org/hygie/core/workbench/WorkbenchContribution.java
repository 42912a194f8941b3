package org.hygie.core.workbench;

import java.util.Locale;

import org.hygie.core.security.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An area's entry in the desktop workbench, described without any UI toolkit: its id, its label
 * per language, the permission a role needs to see it and its place in the navigation. The
 * workbench shows a contribution only to roles that hold its permission, from the same
 * {@link org.hygie.core.security.Permissions} the server enforces on the area's REST contract.
 * A toolkit binding (SWT in the desktop workbench) extends this interface with the view itself.
 */
@ConsumerType
public interface WorkbenchContribution {
    /** @return a stable id, unique in the workbench ({@code patients}, {@code users}) */
    String id();

    /** @return the label shown in the navigation, in the given language */
    String label(Locale locale);

    /**
     * @return the permission a role must hold to see this contribution (a
     *         {@link org.hygie.core.security.Permissions} constant), or null when every logged-in
     *         user may see it
     */
    String permission();

    /** @return the place in the navigation: lower first; ties in id order */
    default int order() {
        return 100;
    }

    /**
     * Should be true when the contribution needs no permission, or when the role holds it; false
     * for no role (nobody logged in).
     */
    default boolean isVisibleTo(Role role) {
        return role != null && (permission() == null || role.has(permission()));
    }
}
