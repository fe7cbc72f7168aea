import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;

/** Nearest-rank percentiles over a fixed set of latency samples, sorted once up front. */
public class LatencyPercentiles {

    private static final double MAX_PERCENT = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(MAX_PERCENT);
    private static final double MEDIAN = 50;
    private static final double P90 = 90;
    private static final double P99 = 99;

    private final long[] sortedSamples;

    public LatencyPercentiles(long[] samples) {
        Objects.requireNonNull(samples, "samples must not be null");
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] < 0) {
                throw new IllegalArgumentException(
                        "latency cannot be negative: sample at index " + i + " is " + samples[i]);
            }
        }
        // A private sorted copy: the caller's array is left untouched and later changes to it do not leak in.
        this.sortedSamples = samples.clone();
        Arrays.sort(sortedSamples);
    }

    public int count() {
        return sortedSamples.length;
    }

    public long percentile(double percent) {
        if (Double.isNaN(percent) || percent <= 0 || percent > MAX_PERCENT) {
            throw new IllegalArgumentException("percent must be in (0, 100] but was " + percent);
        }
        requireSamples();
        return sortedSamples[nearestRank(percent) - 1];
    }

    public LatencySummary summary() {
        requireSamples();
        long min = sortedSamples[0];
        long max = sortedSamples[sortedSamples.length - 1];
        return new LatencySummary(count(), min, percentile(MEDIAN), percentile(P90), percentile(P99), max);
    }

    /** ceil(percent * N / 100) in exact decimal arithmetic, so 99.9 of 1000 is rank 999, not 1000. */
    private int nearestRank(double percent) {
        BigDecimal scaled = BigDecimal.valueOf(percent).multiply(BigDecimal.valueOf(sortedSamples.length));
        return scaled.divide(HUNDRED, 0, RoundingMode.CEILING).intValueExact();
    }

    private void requireSamples() {
        if (sortedSamples.length == 0) {
            throw new IllegalStateException("no samples: percentiles of an empty window are undefined");
        }
    }
}
