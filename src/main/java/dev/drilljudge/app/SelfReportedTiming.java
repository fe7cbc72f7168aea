package dev.drilljudge.app;

/**
 * How long a problem took, as the candidate's committed history says: the grader cannot check it,
 * so reports mark the velocity it feeds as self-reported.
 *
 * @param elapsedSeconds   from opening the drill to the first ACCEPTED submit
 * @param rejectedAttempts submits rejected before that, compile errors not counted
 */
public record SelfReportedTiming(String problemId, long elapsedSeconds, int rejectedAttempts) {
}
