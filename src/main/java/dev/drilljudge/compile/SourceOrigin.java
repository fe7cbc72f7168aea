package dev.drilljudge.compile;

/** Who wrote a source: only the candidate's code is untrusted and shown in diagnostics. */
enum SourceOrigin {
    CANDIDATE,
    SUPPORT,
    TESTS
}
