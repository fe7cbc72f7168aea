import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the busiest client IPs in a Common Log Format access log.
 * Counting is O(n) with a hash map; selecting the top entries uses a min-heap of at most
 * {@code limit} entries, so it is O(d log limit) for d distinct IPs.
 */
public class AccessLogAnalyzer {

    private static final Pattern COMMON_LOG_LINE =
            Pattern.compile("(\\S+) \\S+ \\S+ \\[[^\\]]+\\] \"[^\"]*\" \\d{3} (?:\\d+|-)");
    private static final Pattern IPV4_OCTET = Pattern.compile("\\d{1,3}");
    private static final int IPV4_OCTET_COUNT = 4;
    private static final int MAX_OCTET_VALUE = 255;

    /** Busiest first; equal counts by IP string ascending. */
    private static final Comparator<IpCount> RANKING =
            Comparator.comparingLong(IpCount::requests).reversed().thenComparing(IpCount::ip);

    public TopIpsReport topClientIps(List<String> lines, int limit) {
        Objects.requireNonNull(lines, "lines must not be null");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        Map<String, Long> requestsByIp = new HashMap<>();
        long malformedLines = 0;
        for (String line : lines) {
            Optional<String> clientIp = parseClientIp(line);
            if (clientIp.isPresent()) {
                requestsByIp.merge(clientIp.get(), 1L, Long::sum);
            } else {
                malformedLines++;
            }
        }
        return new TopIpsReport(busiest(requestsByIp, limit), malformedLines);
    }

    /** The client IP of a well-formed line, or empty when the line is malformed. */
    private static Optional<String> parseClientIp(String line) {
        if (line == null) {
            return Optional.empty();
        }
        Matcher matcher = COMMON_LOG_LINE.matcher(line);
        if (!matcher.matches() || !isIpv4Address(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }

    private static boolean isIpv4Address(String host) {
        String[] octets = host.split("\\.", -1);
        if (octets.length != IPV4_OCTET_COUNT) {
            return false;
        }
        for (String octet : octets) {
            if (!IPV4_OCTET.matcher(octet).matches() || Integer.parseInt(octet) > MAX_OCTET_VALUE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the best {@code limit} entries in a min-heap whose head is the entry that ranks worst,
     * so each new entry only has to beat the head to get in.
     */
    private static List<IpCount> busiest(Map<String, Long> requestsByIp, int limit) {
        if (limit == 0) {
            return List.of();
        }
        PriorityQueue<IpCount> bestSoFar = new PriorityQueue<>(RANKING.reversed());
        for (Map.Entry<String, Long> entry : requestsByIp.entrySet()) {
            bestSoFar.offer(new IpCount(entry.getKey(), entry.getValue()));
            if (bestSoFar.size() > limit) {
                bestSoFar.poll();
            }
        }
        List<IpCount> ranked = new ArrayList<>(bestSoFar);
        ranked.sort(RANKING);
        return ranked;
    }
}
