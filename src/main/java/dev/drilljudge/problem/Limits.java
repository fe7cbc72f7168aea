package dev.drilljudge.problem;

/**
 * Resource limits for one run of a submission.
 *
 * @param testTimeoutMs  wall-clock limit for a single test
 * @param totalTimeoutMs wall-clock limit for the whole run, across all tests
 * @param memoryMb       heap of the worker JVM (-Xmx)
 * @param outputKb       how much the candidate may print to stdout and stderr together
 */
public record Limits(long testTimeoutMs, long totalTimeoutMs, int memoryMb, int outputKb) {
    public static final Limits DEFAULTS = new Limits(2_000, 20_000, 256, 64);

    public Limits {
        requirePositive(testTimeoutMs, "testTimeoutMs");
        requirePositive(totalTimeoutMs, "totalTimeoutMs");
        requirePositive(memoryMb, "memoryMb");
        requirePositive(outputKb, "outputKb");
    }

    private static void requirePositive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException("limits." + field + " must be positive, not " + value);
        }
    }
}
