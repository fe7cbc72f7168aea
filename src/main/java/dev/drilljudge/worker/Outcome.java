package dev.drilljudge.worker;

/** How one test ended, as the worker classifies it; the judge maps these to test statuses. */
public enum Outcome {
    PASSED,
    WRONG_ANSWER,
    RUNTIME_ERROR,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
    SECURITY_VIOLATION,
    SKIPPED
}
