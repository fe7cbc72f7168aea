package dev.drilljudge.result;

/** What `judge verify` checks, and the outcome each must have. */
public enum CheckKind {
    /** The starter compiles against the hidden tests and fails them. */
    STARTER,
    /** An accepted solution passes the hidden tests. */
    ACCEPTED_HIDDEN,
    /** An accepted solution passes the sample tests. */
    ACCEPTED_SAMPLE,
    /** A wrong solution is rejected by at least one hidden test. */
    WRONG,
    /** A slow solution exceeds the time limit. */
    SLOW
}
