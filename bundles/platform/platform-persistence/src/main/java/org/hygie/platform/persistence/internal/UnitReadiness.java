package org.hygie.platform.persistence.internal;

import org.hygie.core.health.Readiness;

/** The state of one unit as /api/health shows it; changed by the extender only. */
final class UnitReadiness implements Readiness {
    private final String name;
    private volatile State state = State.STARTING;
    private volatile String detail;

    UnitReadiness(String name, String detail) {
        this.name = name;
        this.detail = detail;
    }

    void set(State newState, String newDetail) {
        detail = newDetail;
        state = newState;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return name + " " + state + (detail == null ? "" : " (" + detail + ")");
    }
}
