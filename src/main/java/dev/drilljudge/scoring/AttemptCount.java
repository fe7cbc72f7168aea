package dev.drilljudge.scoring;

import dev.drilljudge.verdict.Verdict;

/** How a hidden-test submit counts against its drill. */
public enum AttemptCount {
    ACCEPTED,
    REJECTED,
    /** Not held against the candidate: a compile error outside a Meta mock round, or a judge error. */
    NOT_COUNTED;

    /**
     * DOMjudge's rule: a compile error is not a rejected attempt. A Meta mock round is the exception: the real
     * round is written in a plain document with no compiler, so syntax has to be right the first time.
     * A judge error is never the candidate's fault.
     */
    public static AttemptCount of(Verdict verdict, boolean compileErrorCounts) {
        return switch (verdict) {
            case ACCEPTED -> ACCEPTED;
            case JUDGE_ERROR, NOT_SUBMITTED -> NOT_COUNTED;
            case COMPILE_ERROR -> compileErrorCounts ? REJECTED : NOT_COUNTED;
            default -> REJECTED;
        };
    }
}
