package org.hygie.prescriptions.api.orders;

import java.util.Optional;
import java.util.UUID;

import org.hygie.core.security.AuthenticatedUser;
import org.hygie.prescriptions.api.LabOrder;
import org.hygie.prescriptions.api.LabOrderState;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Lab orders for the results area, which moves them as results come: ORDERED → IN_PROGRESS →
 * PRELIMINARY → FINAL (a step may be skipped forward, never back). Implemented by the prescriptions
 * area as an OSGi service; it checks no permission (the caller checks its caller's).
 */
@ProviderType
public interface LabOrderStates {
    /** @return the order, or empty when unknown */
    Optional<LabOrder> find(UUID orderId);

    /**
     * Moves an order forward.
     *
     * <ul>
     * <li>Should refuse (409, {@code currentState}) a move back, a move of a cancelled or final order,
     * and a move to CANCELLED (a doctor cancels, with a reason).</li>
     * <li>Should refuse (409, {@code currentVersion}) a stale version.</li>
     * </ul>
     *
     * @param by who moves it (recorded)
     * @param orderId the order
     * @param state the new state
     * @param version the version read
     * @return the order as it now stands
     * @throws org.hygie.core.problem.HygieException 404 when unknown, 409 as above
     */
    LabOrder moveTo(AuthenticatedUser by, UUID orderId, LabOrderState state, long version);
}
