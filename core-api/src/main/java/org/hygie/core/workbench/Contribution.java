package org.hygie.core.workbench;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.hygie.core.security.Role;

/**
 * An area's entry in the desktop workbench as read from the service properties that
 * {@link WorkbenchContribution} declares, without any UI toolkit. The workbench shows a
 * contribution only to roles that hold its permission, from the same
 * {@link org.hygie.core.security.Permissions} the server enforces on the area's REST contract.
 *
 * @param id a stable id, unique in the workbench
 * @param label the key of the label in the contributing bundle's messages
 * @param permission the permission a role must hold to see it, or null when every logged-in user may
 * @param order the place in the navigation: lower first; ties in id order
 */
public record Contribution(String id, String label, String permission, int order) {
    /** Service property: the id. */
    public static final String ID = WorkbenchContribution.PREFIX_ + "id";
    /** Service property: the label's key. */
    public static final String LABEL = WorkbenchContribution.PREFIX_ + "label";
    /** Service property: the permission, absent or empty for none. */
    public static final String PERMISSION = WorkbenchContribution.PREFIX_ + "permission";
    /** Service property: the place in the navigation, an integer. */
    public static final String ORDER = WorkbenchContribution.PREFIX_ + "order";
    /** The place of a contribution that declares none. */
    public static final int DEFAULT_ORDER = 100;

    /** The navigation's order: by {@link #order}, then by id. */
    public static final Comparator<Contribution> NAVIGATION_ORDER = Comparator.comparingInt(Contribution::order)
            .thenComparing(Contribution::id);

    public Contribution {
        permission = permission == null || permission.isBlank() ? null : permission;
    }

    /**
     * Should read the declaration from service properties; should be empty when the id or the
     * label is missing or blank, or the order is not an integer (nothing to show it by).
     */
    public static Optional<Contribution> from(Map<String, ?> properties) {
        String id = text(properties.get(ID));
        String label = text(properties.get(LABEL));
        if (id == null || label == null) {
            return Optional.empty();
        }
        Object order = properties.get(ORDER);
        int place;
        if (order == null) {
            place = DEFAULT_ORDER;
        } else if (order instanceof Number number) {
            place = number.intValue();
        } else {
            try {
                place = Integer.parseInt(order.toString().trim());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Contribution(id, label, text(properties.get(PERMISSION)), place));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /**
     * Should be true when the contribution needs no permission, or when the role holds it; false
     * for no role (nobody logged in).
     */
    public boolean isVisibleTo(Role role) {
        return role != null && (permission == null || role.has(permission));
    }
}
