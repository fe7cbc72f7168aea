public class LatencyPercentiles {

    public LatencyPercentiles(long[] samples) {
    }

    public int count() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public long percentile(double percent) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public LatencySummary summary() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
