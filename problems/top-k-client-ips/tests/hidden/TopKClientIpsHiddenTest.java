import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TopKClientIpsHiddenTest {

    private static String line(String ip) {
        return ip + " - - [10/Oct/2000:13:55:36 -0700] \"GET /index.html HTTP/1.0\" 200 2326";
    }

    private static TopIpsReport run(List<String> lines, int limit) {
        return new AccessLogAnalyzer().topClientIps(lines, limit);
    }

    private static TopIpsReport report(long malformed, IpCount... top) {
        return new TopIpsReport(List.of(top), malformed);
    }

    // ---- oracle: hand-written parser (no regex) and a full sort ----

    private static boolean oracleIsIp(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3) {
                return false;
            }
            for (char c : part.toCharArray()) {
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** At least one character, all of them ASCII digits. */
    private static boolean oracleDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns the IP of a well-formed line or null. */
    private static String oracleIp(String line) {
        if (line == null) {
            return null;
        }
        String[] head = line.split(" ", 4);
        if (head.length < 4 || head[0].isEmpty() || head[1].isEmpty() || head[2].isEmpty()) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < head[i].length(); j++) {
                if (Character.isWhitespace(head[i].charAt(j))) {
                    return null;
                }
            }
        }
        String rest = head[3];
        if (!rest.startsWith("[")) {
            return null;
        }
        int close = rest.indexOf(']');
        if (close < 2) {
            return null;
        }
        rest = rest.substring(close + 1);
        if (!rest.startsWith(" \"")) {
            return null;
        }
        int endQuote = rest.indexOf('"', 2);
        if (endQuote < 0) {
            return null;
        }
        String[] tail = rest.substring(endQuote + 1).split(" ", -1);
        if (tail.length != 3 || !tail[0].isEmpty()) {
            return null;
        }
        if (tail[1].length() != 3 || !oracleDigits(tail[1]) || !(tail[2].equals("-") || oracleDigits(tail[2]))) {
            return null;
        }
        return oracleIsIp(head[0]) ? head[0] : null;
    }

    private static TopIpsReport oracle(List<String> lines, int limit) {
        Map<String, Long> counts = new HashMap<>();
        long malformed = 0;
        for (String line : lines) {
            String ip = oracleIp(line);
            if (ip == null) {
                malformed++;
            } else {
                counts.merge(ip, 1L, Long::sum);
            }
        }
        List<IpCount> all = new ArrayList<>();
        counts.forEach((ip, requests) -> all.add(new IpCount(ip, requests)));
        all.sort((a, b) -> a.requests() != b.requests()
                ? Long.compare(b.requests(), a.requests()) : a.ip().compareTo(b.ip()));
        return new TopIpsReport(List.copyOf(all.subList(0, Math.min(limit, all.size()))), malformed);
    }

    private static String randomIp(Random random, int pool) {
        int id = random.nextInt(pool);
        return "10." + (id % 3) + "." + (id / 3 % 20) + "." + (id / 60);
    }

    private static String randomLine(Random random, int pool) {
        String ip = randomIp(random, pool);
        switch (random.nextInt(14)) {
            case 0: return "";
            case 1: return ip + " - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200";
            case 2: return "300." + ip.substring(3) + " - - [x] \"GET /\" 200 1";
            case 3: return ip + " - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0 200 1";
            case 4: return null;
            case 5: return ip + " - user [t] \"\" 500 -";
            case 6: return ip + "  - - [t] \"GET /\" 200 1";
            default: return ip + " - - [10/Oct/2000:13:55:" + random.nextInt(60)
                    + " -0700] \"GET /p" + random.nextInt(5) + " HTTP/1.1\" 200 " + random.nextInt(9000);
        }
    }

    private void randomised(long seed, int lineCount, int pool, int limit) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            lines.add(randomLine(random, pool));
        }
        List<String> input = Collections.unmodifiableList(lines);
        assertEquals(oracle(lines, limit), run(input, limit),
                "random log of " + lineCount + " lines over " + pool + " IPs, limit=" + limit);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty log")
    void emptyLog() {
        assertEquals(report(0), run(List.of(), 3), "empty log: no IPs, 0 malformed");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: limit = 0 still counts malformed lines")
    void limitZero() {
        List<String> lines = List.of(line("1.2.3.4"), "bad", line("1.2.3.4"), "");
        assertEquals(report(2), run(lines, 0), "limit=0: empty top list, 2 malformed lines");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: limit larger than the number of distinct IPs")
    void limitLargerThanDistinct() {
        List<String> lines = List.of(line("5.5.5.5"), line("4.4.4.4"), line("5.5.5.5"));
        assertEquals(report(0, new IpCount("5.5.5.5", 2), new IpCount("4.4.4.4", 1)), run(lines, 10),
                "2 distinct IPs, limit=10: both, busiest first");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: ties ordered by IP string, not numerically")
    void tiesByString() {
        List<String> lines = List.of(line("10.0.0.9"), line("10.0.0.10"), line("9.0.0.1"),
                line("100.0.0.1"), line("7.7.7.7"), line("7.7.7.7"));
        assertEquals(report(0, new IpCount("7.7.7.7", 2), new IpCount("10.0.0.10", 1),
                        new IpCount("10.0.0.9", 1), new IpCount("100.0.0.1", 1), new IpCount("9.0.0.1", 1)),
                run(lines, 5), "ties in count must follow String.compareTo of the IP");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: tie straddling the limit keeps the smaller IP strings")
    void tieAtCutOff() {
        List<String> lines = new ArrayList<>();
        for (String ip : List.of("10.1.1.8", "10.1.1.3", "10.1.1.6", "10.1.1.1", "10.1.1.7", "10.1.1.2")) {
            lines.add(line(ip));
        }
        lines.add(line("10.1.1.5"));
        lines.add(line("10.1.1.5"));
        assertEquals(report(0, new IpCount("10.1.1.5", 2), new IpCount("10.1.1.1", 1),
                        new IpCount("10.1.1.2", 1)), run(lines, 3),
                "six IPs tied at 1 request, limit=3: keep 10.1.1.1 and 10.1.1.2");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty and blank lines are malformed")
    void blankLines() {
        List<String> lines = List.of("", "   ", "\t", line("1.1.1.1"));
        assertEquals(report(3, new IpCount("1.1.1.1", 1)), run(lines, 5), "3 empty/blank lines");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null element is malformed")
    void nullLine() {
        List<String> lines = Arrays.asList(line("1.1.1.1"), null, line("1.1.1.1"));
        assertEquals(report(1, new IpCount("1.1.1.1", 2)), run(lines, 5), "one null line");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: host that is not an IPv4 address")
    void notAnIpv4Host() {
        List<String> lines = List.of(line("256.1.1.1"), line("10.0.0"), line("localhost"),
                line("1.2.3.4.5"), line("1.2.3."), line("1..2.3"), line("1.2.3.1000"), line("-1.2.3.4"),
                line("a.b.c.d"), line("255.255.255.255"), line("0.0.0.0"));
        assertEquals(report(9, new IpCount("0.0.0.0", 1), new IpCount("255.255.255.255", 1)), run(lines, 5),
                "only 255.255.255.255 and 0.0.0.0 are valid hosts");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: truncated lines are malformed")
    void truncatedLines() {
        List<String> lines = List.of(
                "1.1.1.1",
                "1.1.1.1 - -",
                "1.1.1.1 - - [10/Oct/2000:13:55:36 -0700]",
                "1.1.1.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\"",
                "1.1.1.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200",
                "1.1.1.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0 200 12",
                "1.1.1.1 - - [10/Oct/2000:13:55:36 -0700 \"GET / HTTP/1.0\" 200 12",
                "1.1.1.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 20 12",
                "1.1.1.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 12x",
                line("2.2.2.2"));
        assertEquals(report(9, new IpCount("2.2.2.2", 1)), run(lines, 5), "9 truncated or broken lines");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: stray whitespace makes a line malformed")
    void strayWhitespace() {
        List<String> lines = List.of(" " + line("1.1.1.1"), line("1.1.1.1") + " ",
                "1.1.1.1  - - [t] \"GET /\" 200 1", "1.1.1.1 - - [t] \"GET /\"  200 1",
                "1.1.1.1 - - [t] \"GET / HTTP/1.0\" 200 1");
        assertEquals(report(4, new IpCount("1.1.1.1", 1)), run(lines, 5),
                "leading, trailing or doubled spaces: 4 malformed");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: size '-' and a request with spaces are well-formed")
    void dashSize() {
        List<String> lines = List.of("9.9.9.9 - - [10/Oct/2000:13:55:36 -0700] \"GET /a b c HTTP/1.0\" 304 -",
                "9.9.9.9 ident user [x] \"\" 500 0");
        assertEquals(report(0, new IpCount("9.9.9.9", 2)), run(lines, 1), "both lines are well-formed");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: leading zeros are reported as written")
    void leadingZeros() {
        List<String> lines = List.of(line("010.0.0.1"), line("10.0.0.1"), line("010.0.0.1"), line("0010.0.0.1"));
        assertEquals(report(1, new IpCount("010.0.0.1", 2), new IpCount("10.0.0.1", 1)), run(lines, 5),
                "010.0.0.1 and 10.0.0.1 are distinct; 0010.0.0.1 is malformed");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: every line malformed")
    void allMalformed() {
        List<String> lines = List.of("x", "", "999.0.0.1 - - [t] \"GET /\" 200 1");
        assertEquals(report(3), run(lines, 2), "no valid lines: empty top list, 3 malformed");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative limit is rejected")
    void negativeLimit() {
        assertThrows(IllegalArgumentException.class, () -> run(List.of(line("1.1.1.1")), -1),
                "limit=-1 must throw IllegalArgumentException");
    }

    @Test
    @DisplayName("single well-formed line")
    void singleLine() {
        assertEquals(report(0, new IpCount("172.16.0.1", 1)), run(List.of(line("172.16.0.1")), 1),
                "one line, limit=1");
    }

    @Test
    @DisplayName("random: small logs against a brute force")
    void randomSmall() {
        Random seeds = new Random(42);
        for (int round = 0; round < 200; round++) {
            randomised(seeds.nextLong(), 1 + round % 40, 1 + round % 12, round % 7);
        }
    }

    @Test
    @DisplayName("random: medium logs with many ties against a brute force")
    void randomMedium() {
        Random seeds = new Random(43);
        for (int round = 0; round < 20; round++) {
            randomised(seeds.nextLong(), 2_000, 300, 1 + round * 7);
        }
    }

    /** 14 characters for every id below 600k, so the IPs cannot be told apart by their length alone. */
    private static String perfIp(int id) {
        return "10." + (100 + id / 10_000) + "." + (100 + id / 100 % 100) + "." + (100 + id % 100);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 62k lines, 60k distinct IPs, limit 50")
    void perfManyDistinctIps() {
        int distinctIps = 60_000;
        int hotIps = 200;
        int hotLines = 2_000;
        int firstHot = distinctIps - hotIps;
        // Every IP once, in id order; then 2000 more requests from the 200 IPs seen last (each at least once
        // more), so a client list scanned from the front is scanned to its end for each of them.
        Random random = new Random(42);
        int[] hotIds = new int[hotLines];
        long[] requests = new long[hotIps];
        Arrays.fill(requests, 1);
        for (int i = 0; i < hotLines; i++) {
            hotIds[i] = firstHot + (i < hotIps ? i : random.nextInt(hotIps));
            requests[hotIds[i] - firstHot]++;
        }
        // The lines are made when read, so the test does not hold 62k strings while the answer runs.
        List<String> lines = new AbstractList<>() {
            @Override
            public String get(int index) {
                int id = index < distinctIps ? index : hotIds[index - distinctIps];
                return perfIp(id) + " - - [10/Oct/2000:13:55:36 -0700] \"GET /\" 200 " + (index % 5000);
            }

            @Override
            public int size() {
                return distinctIps + hotLines;
            }
        };
        // Each hot IP has at least 2 requests and every other IP exactly 1: the top 50 are the top 50 hot IPs.
        List<IpCount> hot = new ArrayList<>(hotIps);
        for (int h = 0; h < hotIps; h++) {
            hot.add(new IpCount(perfIp(firstHot + h), requests[h]));
        }
        hot.sort((a, b) -> a.requests() != b.requests()
                ? Long.compare(b.requests(), a.requests()) : a.ip().compareTo(b.ip()));
        TopIpsReport expected = new TopIpsReport(List.copyOf(hot.subList(0, 50)), 0);
        assertEquals(expected, run(lines, 50), "62k lines over 60k IPs, limit=50");
    }
}
