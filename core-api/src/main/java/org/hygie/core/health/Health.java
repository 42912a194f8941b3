package org.hygie.core.health;

import java.util.List;

/**
 * The server's readiness.
 *
 * @param status {@code UP} when every part is ready, {@code STARTING} while one is starting,
 *        {@code DOWN} when one failed
 * @param areas each part's readiness, by name
 */
public record Health(String status, List<Part> areas) {
    /** One part: its name, {@link Readiness.State}, and why it is not ready (null when ready). */
    public record Part(String name, Readiness.State state, String detail) {
    }
}
