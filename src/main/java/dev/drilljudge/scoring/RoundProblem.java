package dev.drilljudge.scoring;

/**
 * How one problem of a mock round went.
 *
 * @param solvedAtSeconds round time at the accepted submit; null when not solved
 * @param targetSeconds   when on the round clock it should be solved
 * @param scores          the accepted attempt's scorecard, else the last attempt's; null when never submitted
 */
public record RoundProblem(String problem, boolean accepted, Long solvedAtSeconds, long targetSeconds,
                           int attempts, int rejectedAttempts, Scorecard scores) {
}
