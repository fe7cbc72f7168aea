import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogLineParserSampleTest {

    @Test
    @DisplayName("sample: the statement example")
    void statementExample() {
        List<String> lines = List.of(
                "2024-05-01T12:30:45Z INFO [checkout] order 42 placed",
                "",
                "2024-05-01T12:30:46Z FATAL [checkout] disk full",
                "    at com.shop.Checkout.pay(Checkout.java:88)",
                "2024-05-01T12:30:47.250Z ERROR [payments] bank timeout [attempt 3]");
        ParseResult result = new LogLineParser().parse(lines);
        assertEquals(List.of(
                new LogRecord(1, Instant.parse("2024-05-01T12:30:45Z"), Level.INFO, "checkout", "order 42 placed"),
                new LogRecord(5, Instant.parse("2024-05-01T12:30:47.250Z"), Level.ERROR, "payments",
                        "bank timeout [attempt 3]")),
                result.records(), "records of the statement example");
        assertEquals(List.of(
                new ParseError(3, lines.get(2), ErrorKind.UNKNOWN_LEVEL),
                new ParseError(4, lines.get(3), ErrorKind.BAD_TIMESTAMP)),
                result.errors(), "errors of the statement example");
    }

    @Test
    @DisplayName("sample: one well-formed line")
    void oneGoodLine() {
        ParseResult result = new LogLineParser().parse(List.of("2024-01-02T03:04:05Z DEBUG [cache] miss key=user:7"));
        assertEquals(List.of(new LogRecord(1, Instant.parse("2024-01-02T03:04:05Z"), Level.DEBUG, "cache",
                "miss key=user:7")), result.records(), "records");
        assertEquals(List.of(), result.errors(), "errors");
    }

    @Test
    @DisplayName("sample: missing message is MISSING_FIELDS")
    void missingFields() {
        String line = "2024-01-02T03:04:05Z WARN [cache]";
        ParseResult result = new LogLineParser().parse(List.of(line));
        assertEquals(List.of(), result.records(), "records");
        assertEquals(List.of(new ParseError(1, line, ErrorKind.MISSING_FIELDS)), result.errors(), "errors");
    }
}
