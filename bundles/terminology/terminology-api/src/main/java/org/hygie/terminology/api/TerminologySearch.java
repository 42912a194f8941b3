package org.hygie.terminology.api;

/** Rules shared by the catalogues' searches as the user types. */
public final class TerminologySearch {
    /** The longest query accepted (characters); longer is 422 {@code q} {@code too_long}. */
    public static final int MAX_QUERY = 100;
    /** The largest page; larger is 422 {@code size} {@code out_of_range}. */
    public static final int MAX_SIZE = 50;
    /** The page size when none is asked for. */
    public static final int DEFAULT_SIZE = 20;

    private TerminologySearch() {
    }
}
