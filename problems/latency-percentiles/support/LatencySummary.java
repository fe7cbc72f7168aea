/** The usual dashboard row. All values in the samples' unit. */
public record LatencySummary(int count, long min, long p50, long p90, long p99, long max) {
}
