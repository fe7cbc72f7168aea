import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LatencyPercentilesHiddenTest {

    private static long[] oneToN(int n) {
        long[] samples = new long[n];
        for (int i = 0; i < n; i++) {
            samples[i] = i + 1;
        }
        return samples;
    }

    private static void assertPercentError(LatencyPercentiles latencies, double percent) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> latencies.percentile(percent), "percentile(" + percent + ")");
        assertTrue(String.valueOf(thrown.getMessage()).contains("percent"),
                "message for percent " + percent + " should name percent: " + thrown.getMessage());
    }

    /** Brute-force oracle: count how many samples are needed with integer arithmetic on thousandths. */
    private static long oracle(long[] sorted, int percentThousandths) {
        long numerator = (long) percentThousandths * sorted.length;
        long rank = (numerator + 100_000 - 1) / 100_000;
        return sorted[(int) rank - 1];
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null samples")
    void nullSamples() {
        NullPointerException thrown = assertThrows(NullPointerException.class, () -> new LatencyPercentiles(null),
                "new LatencyPercentiles(null)");
        assertNotNull(thrown.getMessage(), "null samples: message");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a negative sample")
    void negativeSample() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new LatencyPercentiles(new long[] {5, 7, 0, -3, 9, -1}), "samples with -3 at index 3");
        assertTrue(String.valueOf(thrown.getMessage()).contains("3"), "message should give index 3: " + thrown.getMessage());
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no samples")
    void noSamples() {
        LatencyPercentiles latencies = new LatencyPercentiles(new long[0]);
        assertEquals(0, latencies.count(), "count of no samples");
        IllegalStateException percentile = assertThrows(IllegalStateException.class, () -> latencies.percentile(50),
                "percentile(50) with no samples");
        assertTrue(String.valueOf(percentile.getMessage()).contains("no samples"), "message: " + percentile.getMessage());
        IllegalStateException summary = assertThrows(IllegalStateException.class, latencies::summary,
                "summary() with no samples");
        assertTrue(String.valueOf(summary.getMessage()).contains("no samples"), "message: " + summary.getMessage());
        assertPercentError(latencies, 101);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single sample")
    void singleSample() {
        LatencyPercentiles latencies = new LatencyPercentiles(new long[] {42});
        for (double percent : new double[] {0.001, 1, 50, 99.9, 100}) {
            assertEquals(42, latencies.percentile(percent), "p" + percent + " of [42]");
        }
        assertEquals(new LatencySummary(1, 42, 42, 42, 42, 42), latencies.summary(), "summary of [42]");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicate samples")
    void duplicates() {
        LatencyPercentiles latencies = new LatencyPercentiles(new long[] {7, 3, 7, 7, 3, 100, 7, 3});
        assertEquals(3, latencies.percentile(37.5), "p37.5 of 3,3,3,7,7,7,7,100 (rank 3)");
        assertEquals(7, latencies.percentile(37.6), "p37.6 (rank 4)");
        assertEquals(7, latencies.percentile(87.5), "p87.5 (rank 7)");
        assertEquals(100, latencies.percentile(87.6), "p87.6 (rank 8)");
        assertEquals(new LatencySummary(8, 3, 7, 100, 100, 100), latencies.summary(), "summary");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: percent 100 and tiny percents")
    void extremePercents() {
        LatencyPercentiles latencies = new LatencyPercentiles(oneToN(1000));
        assertEquals(1000, latencies.percentile(100), "p100 of 1..1000");
        assertEquals(1, latencies.percentile(0.001), "p0.001 of 1..1000");
        assertEquals(1, latencies.percentile(0.1), "p0.1 of 1..1000 (rank exactly 1)");
        assertEquals(2, latencies.percentile(0.101), "p0.101 of 1..1000");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid percents")
    void invalidPercents() {
        LatencyPercentiles latencies = new LatencyPercentiles(oneToN(10));
        for (double percent : new double[] {0, -0.0, -5, 100.0001, 150, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertPercentError(latencies, percent);
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: ranks exactly on an integer and just above")
    void integerRanks() {
        LatencyPercentiles latencies = new LatencyPercentiles(oneToN(10));
        assertEquals(5, latencies.percentile(50), "p50 of 1..10 (rank exactly 5)");
        assertEquals(6, latencies.percentile(50.001), "p50.001 of 1..10 (rank 6)");
        assertEquals(9, latencies.percentile(90), "p90 of 1..10 (rank exactly 9)");
        assertEquals(10, latencies.percentile(90.5), "p90.5 of 1..10");
        assertEquals(1, latencies.percentile(10), "p10 of 1..10 (rank exactly 1)");
        assertEquals(new LatencySummary(10, 1, 5, 9, 10, 10), latencies.summary(), "summary of 1..10");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: percents where floating point gives the wrong rank")
    void floatingPointTraps() {
        assertEquals(999, new LatencyPercentiles(oneToN(1000)).percentile(99.9), "p99.9 of 1..1000");
        assertEquals(9990, new LatencyPercentiles(oneToN(10_000)).percentile(99.9), "p99.9 of 1..10000");
        assertEquals(33, new LatencyPercentiles(oneToN(1500)).percentile(2.2), "p2.2 of 1..1500");
        assertEquals(66, new LatencyPercentiles(oneToN(1500)).percentile(4.4), "p4.4 of 1..1500");
        assertEquals(147, new LatencyPercentiles(oneToN(1500)).percentile(9.8), "p9.8 of 1..1500");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the caller's array is not modified and later changes do not leak in")
    void callerArrayUntouched() {
        long[] samples = {90, 10, 50, 30, 70};
        LatencyPercentiles latencies = new LatencyPercentiles(samples);
        assertArrayEquals(new long[] {90, 10, 50, 30, 70}, samples, "the caller's array after construction");
        samples[0] = 1;
        samples[1] = 1;
        assertEquals(50, latencies.percentile(50), "p50 after the caller changed the array");
        assertEquals(90, latencies.percentile(100), "p100 after the caller changed the array");
    }

    @Test
    @DisplayName("two samples: p50 is the smaller one")
    void twoSamples() {
        LatencyPercentiles latencies = new LatencyPercentiles(new long[] {900, 100});
        assertEquals(2, latencies.count(), "count");
        assertEquals(100, latencies.percentile(50), "p50 of [100, 900] (rank exactly 1)");
        assertEquals(900, latencies.percentile(50.5), "p50.5 of [100, 900]");
        assertEquals(new LatencySummary(2, 100, 100, 900, 900, 900), latencies.summary(), "summary");
    }

    @Test
    @DisplayName("large latencies up to 10^12")
    void largeValues() {
        long big = 1_000_000_000_000L;
        LatencyPercentiles latencies = new LatencyPercentiles(new long[] {big, 0, big - 1, 5});
        assertEquals(new LatencySummary(4, 0, 5, big, big, big), latencies.summary(), "summary with 10^12");
        assertEquals(big - 1, latencies.percentile(75), "p75");
    }

    @Test
    @DisplayName("summary of 1..1000")
    void summaryOfThousand() {
        assertEquals(new LatencySummary(1000, 1, 500, 900, 990, 1000), new LatencyPercentiles(oneToN(1000)).summary(),
                "summary of 1..1000");
    }

    @Test
    @DisplayName("random: 3000 queries against an integer oracle")
    void randomisedDifferential() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(random.nextBoolean() ? 20 : 2000);
            long[] samples = new long[n];
            for (int i = 0; i < n; i++) {
                samples[i] = random.nextInt(4) == 0 ? random.nextInt(10) : (long) random.nextInt(1_000_000) * 1000;
            }
            LatencyPercentiles latencies = new LatencyPercentiles(samples);
            long[] sorted = samples.clone();
            java.util.Arrays.sort(sorted);
            for (int query = 0; query < 10; query++) {
                int thousandths = random.nextBoolean() ? 1 + random.nextInt(100_000) : 100 * (1 + random.nextInt(1000));
                double percent = thousandths / 1000.0;
                assertEquals(oracle(sorted, thousandths), latencies.percentile(percent),
                        "p" + percent + " of " + n + " samples (round " + round + ")");
            }
        }
    }

    /*
     * Sizes (see problem.yaml): sorting 20,011 samples once takes about a millisecond and 5000 exact ranks a
     * few more; sorting a copy for each of the 5000 queries takes several seconds.
     */
    @Test
    @Tag("perf")
    @DisplayName("perf: 5000 queries over 20011 samples")
    void manyQueries() {
        Random random = new Random(7);
        long[] samples = new long[20_011];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = random.nextInt(5_000_000);
        }
        LatencyPercentiles latencies = new LatencyPercentiles(samples);
        long checksum = 0;
        for (int query = 1; query <= 5_000; query++) {
            checksum += latencies.percentile(query / 50.0);
        }
        long[] sorted = samples.clone();
        java.util.Arrays.sort(sorted);
        long expected = 0;
        for (int query = 1; query <= 5_000; query++) {
            long rank = ((long) query * sorted.length + 5_000 - 1) / 5_000;
            expected += sorted[(int) rank - 1];
        }
        assertEquals(expected, checksum, "sum of p0.02 .. p100 in steps of 0.02 over 20011 samples");
    }
}
