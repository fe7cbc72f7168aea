import java.util.Arrays;

class LatencyReport {
    private final long[] sorted;

    LatencyReport(long[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(this.sorted);
    }

    public long percentile(double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public long p99() {
        return percentile(99);
    }
}
