package dev.drilljudge.scoring;

/**
 * The debug-drill scorecard (docs/scoring.md, "The debug drill"), each part 0-100.
 *
 * @param velocity        null when not timed
 * @param diffLines       the candidate's changed lines against the handed-out code
 * @param seededDiffLines the seeded bug's changed lines against the model answer
 * @param causeStated     the candidate named a root cause with `judge submit --cause`
 * @param rewrite         accepted, but the change is more than {@value DebugScorer#REWRITE_FACTOR}× the seeded bug's
 */
public record DebugScore(int total, Integer velocity, int fixPrecision, int diffLines, int seededDiffLines,
                         boolean causeStated, boolean rewrite) {
}
