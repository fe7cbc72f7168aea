package dev.drilljudge.scoring;

/**
 * A mock round's result: each bar is the mean of its problems' totals (a problem never submitted counts 0).
 *
 * @param overall the round style's bar (see {@link OverallScore})
 */
public record RoundScore(int solved, int problems, int metaTotal, int amazonTotal, int overall, Debrief debrief) {
}
