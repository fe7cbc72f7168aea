import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LogLineParserHiddenTest {

    private static final String TS = "2024-05-01T12:30:45Z";
    private static final Instant INSTANT = Instant.parse(TS);

    private static ParseResult parse(String... lines) {
        return new LogLineParser().parse(Arrays.asList(lines));
    }

    private static void assertSingleError(String line, ErrorKind kind) {
        ParseResult result = parse(line);
        assertEquals(List.of(), result.records(), "no record expected for \"" + line + "\"");
        assertEquals(List.of(new ParseError(1, line, kind)), result.errors(), "error for \"" + line + "\"");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty list")
    void emptyList() {
        ParseResult result = new LogLineParser().parse(List.of());
        assertEquals(List.of(), result.records(), "records for empty input");
        assertEquals(List.of(), result.errors(), "errors for empty input");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: blank lines are skipped but counted")
    void blankLinesCounted() {
        ParseResult result = parse("", "   ", "\t", TS + " INFO [api] up");
        assertEquals(List.of(new LogRecord(4, INSTANT, Level.INFO, "api", "up")), result.records(),
                "the good line is line 4");
        assertEquals(List.of(), result.errors(), "blank lines are not errors");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null element")
    void nullElement() {
        ParseResult result = parse(TS + " INFO [api] a", null, TS + " INFO [api] b");
        assertEquals(List.of(new ParseError(2, null, ErrorKind.NULL_LINE)), result.errors(), "null line 2");
        assertEquals(2, result.records().size(), "lines 1 and 3 still parse");
        assertEquals(3, result.records().get(1).lineNumber(), "line number after a null line");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: fewer than 4 fields")
    void missingFields() {
        assertSingleError(TS + " INFO [api]", ErrorKind.MISSING_FIELDS);
        assertSingleError("Exception in thread", ErrorKind.MISSING_FIELDS);
        assertSingleError("garbage", ErrorKind.MISSING_FIELDS);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: unparseable or impossible timestamps")
    void badTimestamps() {
        assertSingleError("2024-02-30T00:00:00Z INFO [api] leap", ErrorKind.BAD_TIMESTAMP);
        assertSingleError("2024-05-01 INFO [api] date only", ErrorKind.BAD_TIMESTAMP);
        assertSingleError("yesterday INFO [api] words", ErrorKind.BAD_TIMESTAMP);
        assertSingleError("    at com.shop.Checkout.pay(Checkout.java:88)", ErrorKind.BAD_TIMESTAMP);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: lower-case or unknown level")
    void unknownLevel() {
        assertSingleError(TS + " info [api] lower", ErrorKind.UNKNOWN_LEVEL);
        assertSingleError(TS + " Warn [api] mixed", ErrorKind.UNKNOWN_LEVEL);
        assertSingleError(TS + " FATAL [api] unknown", ErrorKind.UNKNOWN_LEVEL);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: fields separated by two spaces")
    void doubleSpace() {
        assertSingleError(TS + "  INFO [api] m", ErrorKind.UNKNOWN_LEVEL);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: bad component brackets")
    void badComponent() {
        assertSingleError(TS + " INFO api no-brackets", ErrorKind.BAD_COMPONENT);
        assertSingleError(TS + " INFO [] empty", ErrorKind.BAD_COMPONENT);
        assertSingleError(TS + " INFO [a[b] nested", ErrorKind.BAD_COMPONENT);
        assertSingleError(TS + " INFO [api unclosed", ErrorKind.BAD_COMPONENT);
        assertSingleError(TS + " INFO [a]b] extra", ErrorKind.BAD_COMPONENT);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty or whitespace-only message")
    void emptyMessage() {
        assertSingleError(TS + " INFO [api] ", ErrorKind.EMPTY_MESSAGE);
        assertSingleError(TS + " INFO [api]    ", ErrorKind.EMPTY_MESSAGE);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: message containing brackets")
    void messageWithBrackets() {
        ParseResult result = parse(TS + " WARN [api] retry [2/3] in [5s]", TS + " WARN [api] [x]");
        assertEquals(List.of(
                new LogRecord(1, INSTANT, Level.WARN, "api", "retry [2/3] in [5s]"),
                new LogRecord(2, INSTANT, Level.WARN, "api", "[x]")),
                result.records(), "messages keep their brackets");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: Windows CRLF line ending")
    void carriageReturn() {
        String bad = TS + " info [api] x\r";
        ParseResult result = parse(TS + " INFO [api] hello\r", bad, "\r", TS + " INFO [api] \r");
        assertEquals(List.of(new LogRecord(1, INSTANT, Level.INFO, "api", "hello")), result.records(),
                "the trailing \\r is removed from the message");
        assertEquals(List.of(new ParseError(2, bad, ErrorKind.UNKNOWN_LEVEL),
                new ParseError(4, TS + " INFO [api] \r", ErrorKind.EMPTY_MESSAGE)),
                result.errors(), "errors keep the raw line; a lone \\r is blank");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: only the first failing check is reported")
    void firstCheckWins() {
        assertSingleError("noon info [] ", ErrorKind.BAD_TIMESTAMP);
        assertSingleError(TS + " nope [] ", ErrorKind.UNKNOWN_LEVEL);
        assertSingleError(TS + " ERROR [] ", ErrorKind.BAD_COMPONENT);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: parse(null) throws NullPointerException")
    void nullList() {
        NullPointerException thrown = assertThrows(NullPointerException.class,
                () -> new LogLineParser().parse(null), "parse(null)");
        assertFalse(thrown.getMessage() == null || thrown.getMessage().isBlank(), "the exception needs a message");
    }

    @Test
    @DisplayName("all five levels, fractional seconds and offsets")
    void levelsAndTimestamps() {
        ParseResult result = parse(
                "2024-05-01T12:30:45.5Z TRACE [a] t",
                "2024-05-01T14:30:45+02:00 DEBUG [b] d",
                TS + " INFO [c] i",
                TS + " WARN [d] w",
                TS + " ERROR [e] e");
        assertEquals(List.of(
                new LogRecord(1, Instant.parse("2024-05-01T12:30:45.500Z"), Level.TRACE, "a", "t"),
                new LogRecord(2, INSTANT, Level.DEBUG, "b", "d"),
                new LogRecord(3, INSTANT, Level.INFO, "c", "i"),
                new LogRecord(4, INSTANT, Level.WARN, "d", "w"),
                new LogRecord(5, INSTANT, Level.ERROR, "e", "e")),
                result.records(), "records for all levels");
    }

    @Test
    @DisplayName("message whitespace is kept verbatim")
    void messageVerbatim() {
        ParseResult result = parse(TS + " INFO [api]   indented  text  ");
        assertEquals("  indented  text  ", result.records().get(0).message(), "message after the single separator");
    }

    @Test
    @DisplayName("identical lines keep their own line numbers")
    void duplicateLines() {
        String bad = TS + " INFO api x";
        String good = TS + " INFO [api] x";
        ParseResult result = parse(bad, good, bad, good);
        assertEquals(List.of(new ParseError(1, bad, ErrorKind.BAD_COMPONENT), new ParseError(3, bad,
                ErrorKind.BAD_COMPONENT)), result.errors(), "errors on lines 1 and 3");
        assertEquals(List.of(1 + 1, 4), result.records().stream().map(LogRecord::lineNumber).toList(),
                "records on lines 2 and 4");
    }

    // ---- randomised differential test: lines built from known-good and known-bad pieces ----

    private static final String[] GOOD_TS = {TS, "2023-12-31T23:59:59.999Z", "2024-02-29T00:00:00Z"};
    private static final String[] BAD_TS = {"2023-02-29T00:00:00Z", "noon", "2024-05-01", "12:30:45Z"};
    private static final String[] GOOD_LEVEL = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR"};
    private static final String[] BAD_LEVEL = {"info", "FATAL", "Error", "WARNING"};
    private static final String[] GOOD_COMPONENT = {"[api]", "[db-pool]", "[x]", "[a.b.c]"};
    private static final String[] BAD_COMPONENT = {"api", "[]", "[a[b]", "[a]b]", "[api"};
    private static final String[] GOOD_MESSAGE = {"ok", "user 7 logged in", "[retry] 3", "done]", " lead"};
    private static final String[] BAD_MESSAGE = {"", "  "};

    private static String pick(Random random, String[] good, String[] bad, boolean makeBad) {
        String[] pool = makeBad ? bad : good;
        return pool[random.nextInt(pool.length)];
    }

    @Test
    @DisplayName("random: 1500 generated lines against the construction oracle")
    void randomisedDifferential() {
        Random random = new Random(42);
        List<String> lines = new ArrayList<>();
        List<LogRecord> expectedRecords = new ArrayList<>();
        List<ParseError> expectedErrors = new ArrayList<>();
        for (int lineNumber = 1; lineNumber <= 1500; lineNumber++) {
            int shape = random.nextInt(20);
            if (shape == 0) {
                lines.add(null);
                expectedErrors.add(new ParseError(lineNumber, null, ErrorKind.NULL_LINE));
                continue;
            }
            if (shape == 1) {
                lines.add(random.nextBoolean() ? "" : " \t ");
                continue;
            }
            // fields before badField are good, badField is bad, later fields are random: the first check wins
            int badField = random.nextInt(6); // 4 and 5 mean every field is good
            String ts = pick(random, GOOD_TS, BAD_TS, badField == 0);
            String level = pick(random, GOOD_LEVEL, BAD_LEVEL, badField == 1 || badField < 1 && random.nextBoolean());
            String component = pick(random, GOOD_COMPONENT, BAD_COMPONENT,
                    badField == 2 || badField < 2 && random.nextBoolean());
            String message = pick(random, GOOD_MESSAGE, BAD_MESSAGE,
                    badField == 3 || badField < 3 && random.nextBoolean());
            boolean truncated = shape == 2;
            String content = truncated ? ts + " " + level + " " + component : ts + " " + level + " " + component
                    + " " + message;
            String line = random.nextInt(4) == 0 ? content + "\r" : content;
            lines.add(line);
            ErrorKind expected = truncated ? ErrorKind.MISSING_FIELDS
                    : badField == 0 ? ErrorKind.BAD_TIMESTAMP
                    : badField == 1 ? ErrorKind.UNKNOWN_LEVEL
                    : badField == 2 ? ErrorKind.BAD_COMPONENT
                    : badField == 3 ? ErrorKind.EMPTY_MESSAGE : null;
            if (expected == null) {
                expectedRecords.add(new LogRecord(lineNumber, Instant.parse(ts), Level.valueOf(level),
                        component.substring(1, component.length() - 1), message));
            } else {
                expectedErrors.add(new ParseError(lineNumber, line, expected));
            }
        }
        ParseResult result = new LogLineParser().parse(lines);
        assertEquals(expectedErrors, result.errors(), "errors for 1500 random lines (seed 42)");
        assertEquals(expectedRecords, result.records(), "records for 1500 random lines (seed 42)");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 150000 lines in a LinkedList")
    void largeLinkedList() {
        String good = TS + " INFO [api] request served";
        List<String> lines = new LinkedList<>();
        for (int i = 0; i < 150_000; i++) {
            lines.add(i % 500 == 0 ? good : i % 2 == 0 ? "" : "  ");
        }
        ParseResult result = new LogLineParser().parse(lines);
        assertEquals(300, result.records().size(), "one record per 500 lines");
        assertEquals(149_501, result.records().get(299).lineNumber(), "line number of the last record");
        assertEquals(List.of(), result.errors(), "blank lines are not errors");
    }
}
