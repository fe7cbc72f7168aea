import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class AccessLogAnalyzer {
    private static final Pattern LINE =
            Pattern.compile("(\\S+) \\S+ \\S+ \\[[^\\]]+\\] \"[^\"]*\" \\d{3} (?:\\d+|-)");

    public TopIpsReport topClientIps(List<String> lines, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit");
        }
        List<String> ips = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long malformed = 0;
        for (String line : lines) {
            String ip = line == null ? null : parse(line);
            if (ip == null) {
                malformed++;
                continue;
            }
            int position = ips.indexOf(ip);
            if (position < 0) {
                ips.add(ip);
                counts.add(1L);
            } else {
                counts.set(position, counts.get(position) + 1);
            }
        }
        List<IpCount> all = new ArrayList<>();
        for (int i = 0; i < ips.size(); i++) {
            all.add(new IpCount(ips.get(i), counts.get(i)));
        }
        all.sort((a, b) -> a.requests() != b.requests()
                ? Long.compare(b.requests(), a.requests()) : a.ip().compareTo(b.ip()));
        return new TopIpsReport(new ArrayList<>(all.subList(0, Math.min(limit, all.size()))), malformed);
    }

    private static String parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        String[] octets = matcher.group(1).split("\\.", -1);
        if (octets.length != 4) {
            return null;
        }
        for (String octet : octets) {
            if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
                return null;
            }
        }
        return matcher.group(1);
    }
}
