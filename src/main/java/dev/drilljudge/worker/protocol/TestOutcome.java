package dev.drilljudge.worker.protocol;

/**
 * How one test ended: the one vocabulary from the worker's report to the judgement. The worker classifies what it
 * sees; the judge adds TIME_LIMIT_EXCEEDED (and the ends of a killed worker) itself. A test's status in a judgement
 * is one of these or NOT_RUN, and every failing outcome is also the name of the run's verdict.
 */
public enum TestOutcome {
    PASSED,
    WRONG_ANSWER,
    RUNTIME_ERROR,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
    SECURITY_VIOLATION
}
