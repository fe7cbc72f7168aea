import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

public class AccessLogAnalyzer {

    public TopIpsReport topClientIps(List<String> lines, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        Map<String, Long> counts = new HashMap<>();
        long malformed = 0;
        for (String line : lines) {
            if (line == null || line.isBlank()) {
                malformed++;
                continue;
            }
            String[] fields = line.split(" ");
            String status = fields[fields.length - 2];
            String size = fields[fields.length - 1];
            boolean ok = fields[3].startsWith("[") && status.matches("\\d{3}") && size.matches("\\d+|-")
                    && line.contains("\"") && isIp(fields[0]);
            if (ok) {
                counts.merge(fields[0], 1L, Long::sum);
            } else {
                malformed++;
            }
        }
        PriorityQueue<IpCount> heap = new PriorityQueue<>((a, b) -> a.requests() != b.requests()
                ? Long.compare(a.requests(), b.requests()) : b.ip().compareTo(a.ip()));
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            heap.offer(new IpCount(entry.getKey(), entry.getValue()));
            if (heap.size() > limit) {
                heap.poll();
            }
        }
        List<IpCount> result = new ArrayList<>();
        while (!heap.isEmpty()) {
            result.add(0, heap.poll());
        }
        return new TopIpsReport(result, malformed);
    }

    private static boolean isIp(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
