package dev.drilljudge.problem;

import java.util.Locale;

/** The folders under solutions/, each with the outcome `judge verify` expects. */
public enum SolutionKind {
    /** Must be ACCEPTED on the hidden tests and pass the sample tests. */
    ACCEPTED,
    /** Must be rejected by at least one hidden test. */
    WRONG,
    /** Must be TIME_LIMIT_EXCEEDED. */
    SLOW;

    public String folderName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
