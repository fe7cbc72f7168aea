package dev.drilljudge.scoring;

/** Integer percentages, rounded half up, so every score is exact and reproducible (no floating point). */
public final class Percent {
    private Percent() {
    }

    /** {@code 100 * numerator / denominator}, rounded half up and clamped to 0..100. */
    static int of(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("a share needs a positive denominator, not " + denominator);
        }
        if (numerator <= 0) {
            return 0;
        }
        if (numerator >= denominator) {
            return 100;
        }
        return (int) divideHalfUp(100 * numerator, denominator);
    }

    /** {@code numerator / denominator} for a non-negative numerator and positive denominator, rounded half up. */
    public static long divideHalfUp(long numerator, long denominator) {
        return (2 * numerator + denominator) / (2 * denominator);
    }

    /** The weighted mean of parts (each 0..100) with integer weights, rounded half up. */
    static int weightedMean(int[] parts, int[] weights) {
        long weighted = 0;
        long weightSum = 0;
        for (int i = 0; i < parts.length; i++) {
            weighted += (long) parts[i] * weights[i];
            weightSum += weights[i];
        }
        return (int) divideHalfUp(weighted, weightSum);
    }
}
