package dev.drilljudge.scoring;

/**
 * The debug drill: was the bug fixed, how fast, how surgically, and was the cause named.
 * <pre>
 * velocity     = Meta's velocity against the debug target (linear decay, ICPC penalty per rejected submit)
 * fixPrecision = 100 when diffLines &lt;= 2 × seededDiffLines, else 200 × seededDiffLines / diffLines (half up)
 * cause        = 100 when a cause was stated, else 0
 * total        = (50 × velocity + 40 × fixPrecision + 10 × cause) / 100 when ACCEPTED, else 0;
 *                not timed: (40 × fixPrecision + 10 × cause) / 50
 * </pre>
 */
public final class DebugScorer {
    public static final int VELOCITY_WEIGHT = 50;
    public static final int FIX_PRECISION_WEIGHT = 40;
    public static final int CAUSE_WEIGHT = 10;
    /** A change up to this many times the seeded bug's own diff is a fix and scores full precision. */
    public static final int FULL_PRECISION_FACTOR = 2;
    /** An accepted change more than this many times the seeded bug's diff is a rewrite (precision below 50). */
    public static final int REWRITE_FACTOR = 4;

    private DebugScorer() {
    }

    public static DebugScore score(ScoreInputs inputs, DebugInputs debug) {
        boolean accepted = inputs.accepted();
        Integer velocity = inputs.timed()
                ? MetaScorer.velocity(accepted, inputs.elapsedSeconds(), inputs.targetSeconds(),
                inputs.rejectedAttempts())
                : null;
        int precision = fixPrecision(debug.diffLines(), debug.seededDiffLines());
        int cause = debug.cause() != null ? 100 : 0;
        int total;
        if (!accepted) {
            total = 0;
        } else if (velocity == null) {
            total = Percent.weightedMean(new int[]{precision, cause}, new int[]{FIX_PRECISION_WEIGHT, CAUSE_WEIGHT});
        } else {
            total = Percent.weightedMean(new int[]{velocity, precision, cause},
                    new int[]{VELOCITY_WEIGHT, FIX_PRECISION_WEIGHT, CAUSE_WEIGHT});
        }
        boolean rewrite = accepted && isRewrite(debug.diffLines(), debug.seededDiffLines());
        return new DebugScore(total, velocity, precision, debug.diffLines(), debug.seededDiffLines(),
                debug.cause() != null, rewrite);
    }

    /** Full marks within twice the seeded bug's diff; beyond it, inversely proportional to the change's size. */
    public static int fixPrecision(int diffLines, int seededDiffLines) {
        int seeded = Math.max(1, seededDiffLines);
        if (diffLines <= FULL_PRECISION_FACTOR * seeded) {
            return 100;
        }
        return (int) Percent.divideHalfUp(100L * FULL_PRECISION_FACTOR * seeded, diffLines);
    }

    public static boolean isRewrite(int diffLines, int seededDiffLines) {
        return diffLines > REWRITE_FACTOR * Math.max(1, seededDiffLines);
    }
}
