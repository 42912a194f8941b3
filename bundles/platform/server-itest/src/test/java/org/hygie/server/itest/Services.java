package org.hygie.server.itest;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for services that appear later than the test starts (a unit booting, a bundle installed). */
final class Services {
    private Services() {
    }

    /** @return the service of that type matching the filter, waiting up to the timeout, else null */
    static <S> S await(BundleContext context, Class<S> type, String filter, Duration timeout) throws InterruptedException {
        ServiceTracker<S, S> tracker;
        try {
            tracker = new ServiceTracker<>(context,
                    context.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
        tracker.open();
        try {
            return tracker.waitForService(timeout.toMillis());
        } finally {
            tracker.close();
        }
    }

    /**
     * Waits for a condition that a real event makes true, checking it every 50 ms.
     *
     * @return whether it became true within the timeout
     */
    static boolean until(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50); // poll: the readiness detail has no event of its own
        }
        return true;
    }

    /** @return whether a service of that type matching the filter is registered now */
    static boolean present(BundleContext context, Class<?> type, String filter) throws InvalidSyntaxException {
        return context.getServiceReferences(type.getName(), filter) != null;
    }
}
