package dev.drilljudge.verdict;

/**
 * The outcome of one test: a verdict, or NOT_RUN when the run stopped before reaching it
 * (the worker was killed on a limit and the total time was used up).
 */
public enum TestStatus {
    PASSED,
    WRONG_ANSWER,
    RUNTIME_ERROR,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
    SECURITY_VIOLATION,
    NOT_RUN;

    /** The verdict this status gives a whole run when it is the first failing test. */
    public Verdict asVerdict() {
        return switch (this) {
            case PASSED -> Verdict.ACCEPTED;
            case WRONG_ANSWER -> Verdict.WRONG_ANSWER;
            case RUNTIME_ERROR -> Verdict.RUNTIME_ERROR;
            case TIME_LIMIT_EXCEEDED, NOT_RUN -> Verdict.TIME_LIMIT_EXCEEDED;
            case MEMORY_LIMIT_EXCEEDED -> Verdict.MEMORY_LIMIT_EXCEEDED;
            case OUTPUT_LIMIT_EXCEEDED -> Verdict.OUTPUT_LIMIT_EXCEEDED;
            case SECURITY_VIOLATION -> Verdict.SECURITY_VIOLATION;
        };
    }
}
