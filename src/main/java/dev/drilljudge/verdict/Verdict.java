package dev.drilljudge.verdict;

/** The verdict vocabulary: part of the public contract (JSON, exit codes, history). */
public enum Verdict {
    ACCEPTED,
    WRONG_ANSWER,
    COMPILE_ERROR,
    RUNTIME_ERROR,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
    SECURITY_VIOLATION,
    JUDGE_ERROR,
    /**
     * `judge grade` only: a problem of the assignment ({@code --expect}) with no submission folder. Never the
     * verdict of a run or a submit: nothing was judged.
     */
    NOT_SUBMITTED;

    public boolean isAccepted() {
        return this == ACCEPTED;
    }
}
