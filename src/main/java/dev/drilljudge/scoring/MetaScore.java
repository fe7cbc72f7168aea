package dev.drilljudge.scoring;

/**
 * The Meta (velocity) scorecard, each part 0-100.
 *
 * @param velocity       null when the submission was not timed (no open drill): reported as "not timed", never 0
 * @param elapsedSeconds null when not timed
 */
public record MetaScore(int total, int correctness, Integer velocity, int firstTimeRight, int complexity,
                        Long elapsedSeconds, long targetSeconds, int rejectedAttempts) {
    public boolean timed() {
        return velocity != null;
    }
}
