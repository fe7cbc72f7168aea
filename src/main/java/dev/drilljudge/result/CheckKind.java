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
    SLOW,
    /** A wrong solution has a non-empty BUG.md: what is wrong and which input exposes it (the debug debrief). */
    BUG_NOTE,
    /** A wrong solution as a debug drill hands it out (comments stripped) compiles against the sample tests. */
    HANDOUT
}
