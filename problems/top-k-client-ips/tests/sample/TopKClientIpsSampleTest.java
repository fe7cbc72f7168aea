import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopKClientIpsSampleTest {

    private static String line(String ip) {
        return ip + " - - [10/Oct/2000:13:55:36 -0700] \"GET /index.html HTTP/1.0\" 200 2326";
    }

    @Test
    @DisplayName("sample: statement example")
    void statementExample() {
        List<String> lines = List.of(
                "10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 512",
                "10.0.0.2 - - [10/Oct/2000:13:55:37 -0700] \"GET /a HTTP/1.0\" 404 -",
                "garbage",
                "10.0.0.1 - bob [10/Oct/2000:13:55:38 -0700] \"POST /login HTTP/1.1\" 302 0",
                "10.0.0.3 - - [10/Oct/2000:13:55:39 -0700] \"GET / HTTP/1.0\" 200 512");
        TopIpsReport expected = new TopIpsReport(
                List.of(new IpCount("10.0.0.1", 2), new IpCount("10.0.0.2", 1)), 1);
        assertEquals(expected, new AccessLogAnalyzer().topClientIps(lines, 2), "statement example, limit=2");
    }

    @Test
    @DisplayName("sample: busiest first")
    void busiestFirst() {
        List<String> lines = List.of(line("192.168.1.5"), line("8.8.8.8"), line("8.8.8.8"),
                line("1.1.1.1"), line("8.8.8.8"), line("1.1.1.1"));
        TopIpsReport expected = new TopIpsReport(List.of(new IpCount("8.8.8.8", 3),
                new IpCount("1.1.1.1", 2), new IpCount("192.168.1.5", 1)), 0);
        assertEquals(expected, new AccessLogAnalyzer().topClientIps(lines, 3), "3 IPs with 3/2/1 requests, limit=3");
    }

    @Test
    @DisplayName("sample: ties by IP string ascending")
    void tiesByIpString() {
        List<String> lines = List.of(line("10.0.0.9"), line("10.0.0.10"), line("10.0.0.2"));
        TopIpsReport expected = new TopIpsReport(
                List.of(new IpCount("10.0.0.10", 1), new IpCount("10.0.0.2", 1)), 0);
        assertEquals(expected, new AccessLogAnalyzer().topClientIps(lines, 2),
                "three IPs with one request each, limit=2: string order keeps 10.0.0.10 and 10.0.0.2");
    }
}
