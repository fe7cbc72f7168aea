import java.util.List;

public class AccessLogAnalyzer {

    /**
     * Returns the {@code limit} client IPs with the most requests in {@code lines} (busiest first,
     * ties by IP string ascending) and the number of malformed lines that were skipped.
     */
    public TopIpsReport topClientIps(List<String> lines, int limit) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
