package org.hygie.desktop.client;

/** Problem types the client itself raises, next to the server's {@link org.hygie.core.problem.ProblemTypes}. */
public final class ClientProblems {
    /** No server answered (refused, timed out, unknown host); status 0. */
    public static final String UNREACHABLE = "urn:hygie:client:unreachable";
    /** The server answered something that is not a problem detail (a proxy's error page...). */
    public static final String UNEXPECTED = "urn:hygie:client:unexpected-answer";

    private ClientProblems() {
    }
}
