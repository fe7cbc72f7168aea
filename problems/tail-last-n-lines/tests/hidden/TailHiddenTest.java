import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TailHiddenTest {

    private static List<String> tail(String text, int count) throws IOException {
        return new Tail().lastLines(new StringReader(text), count);
    }

    private static String show(String text) {
        return "\"" + text.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    /** Oracle: splits the whole text by the readLine() rules, then keeps the last count lines. */
    private static List<String> oracle(String text, int count) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(line.toString());
                line.setLength(0);
                open = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                line.append(c);
                open = true;
            }
        }
        if (open) {
            lines.add(line.toString());
        }
        return new ArrayList<>(lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    /**
     * Generates a log on the fly, so the test itself holds almost nothing in memory: line i is
     * "event i" + suffix when i is a multiple of numberedEvery, and empty otherwise. Mostly empty lines make
     * a long stream cheap to read, yet each one still costs a reader that keeps every line a String object.
     */
    private static final class GeneratedLog extends Reader {
        private final int lineCount;
        private final int numberedEvery;
        private final String suffix;
        private int nextLine;
        /** The line being handed out, with its '\n', in current[0, length). */
        private char[] current = new char[64];
        private int length;
        private int position;
        boolean closed;

        GeneratedLog(int lineCount) {
            this(lineCount, 1, " status=ok");
        }

        GeneratedLog(int lineCount, int numberedEvery, String suffix) {
            this.lineCount = lineCount;
            this.numberedEvery = numberedEvery;
            this.suffix = suffix;
        }

        String line(int index) {
            return index % numberedEvery == 0 ? "event " + index + suffix : "";
        }

        private void startLine() {
            String text = line(nextLine++);
            if (current.length <= text.length()) {
                current = new char[text.length() * 2 + 1];
            }
            text.getChars(0, text.length(), current, 0);
            current[text.length()] = '\n';
            length = text.length() + 1;
            position = 0;
        }

        @Override
        public int read(char[] buffer, int offset, int count) {
            int copied = 0;
            while (copied < count) {
                if (position == length) {
                    if (nextLine == lineCount) {
                        break;
                    }
                    startLine();
                }
                int chunk = Math.min(count - copied, length - position);
                System.arraycopy(current, position, buffer, offset + copied, chunk);
                position += chunk;
                copied += chunk;
            }
            return copied == 0 && count > 0 ? -1 : copied;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static List<String> expectedEvents(int lineCount, int count) {
        GeneratedLog log = new GeneratedLog(lineCount);
        List<String> expected = new ArrayList<>();
        for (int i = Math.max(0, lineCount - count); i < lineCount; i++) {
            expected.add(log.line(i));
        }
        return expected;
    }

    /** Streams the whole log through lastLines and checks the result line by line (no expected list is built). */
    private static void assertTail(int lineCount, int numberedEvery, String suffix, int count) throws IOException {
        List<String> actual = new Tail().lastLines(new GeneratedLog(lineCount, numberedEvery, suffix), count);
        GeneratedLog log = new GeneratedLog(lineCount, numberedEvery, suffix);
        String input = lineCount + " lines, count=" + count;
        int expectedSize = Math.min(lineCount, count);
        assertEquals(expectedSize, actual.size(), "number of lines returned for " + input);
        int first = lineCount - expectedSize;
        for (int i = 0; i < expectedSize; i++) {
            String expected = log.line(first + i);
            if (!expected.equals(actual.get(i))) {
                assertEquals(expected, actual.get(i), "line " + (first + i) + " (result index " + i + ") for " + input);
            }
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: count = 0")
    void countZero() throws IOException {
        assertEquals(List.of(), tail("a\nb\n", 0), "count=0 on two lines");
        assertEquals(List.of(), tail("", 0), "count=0 on empty input");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: fewer lines than count")
    void fewerLinesThanCount() throws IOException {
        assertEquals(List.of("x", "y", "z"), tail("x\ny\nz\n", 4), "3 lines, count=4");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: exactly count lines")
    void exactlyCountLines() throws IOException {
        assertEquals(List.of("x", "y", "z"), tail("x\ny\nz", 3), "3 lines, count=3");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: huge count (Integer.MAX_VALUE)")
    void hugeCount() throws IOException {
        assertEquals(List.of("only", "two"), tail("only\ntwo\n", Integer.MAX_VALUE), "count=Integer.MAX_VALUE");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty input")
    void emptyInput() throws IOException {
        assertEquals(List.of(), tail("", 5), "empty input has no lines");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: input that is a single newline")
    void singleNewline() throws IOException {
        assertEquals(List.of(""), tail("\n", 5), "\"\\n\" is one empty line");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: trailing newline does not add an empty line")
    void trailingNewline() throws IOException {
        assertEquals(List.of("a", "b"), tail("a\nb\n", 2), "\"a\\nb\\n\", count=2");
        assertEquals(List.of("b"), tail("a\nb\n", 1), "\"a\\nb\\n\", count=1");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: last line without a terminator")
    void lastLineUnterminated() throws IOException {
        assertEquals(List.of("b"), tail("a\nb", 1), "\"a\\nb\", count=1");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty lines, several at the end")
    void emptyLines() throws IOException {
        assertEquals(List.of("", "b", "", ""), tail("a\n\nb\n\n\n", 4), "\"a\\n\\nb\\n\\n\\n\", count=4");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: CRLF and lone CR terminators")
    void carriageReturns() throws IOException {
        assertEquals(List.of("a", "b", "c", ""), tail("a\r\nb\rc\r\n\r\n", 10), "CRLF and CR terminators");
        assertEquals(List.of("x"), tail("w\r\nx\r\n", 1), "CRLF is a single terminator");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative count is rejected")
    void negativeCount() {
        assertThrows(IllegalArgumentException.class, () -> tail("a\n", -1), "count=-1 must throw");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the input is left open")
    void inputLeftOpen() throws IOException {
        GeneratedLog log = new GeneratedLog(5);
        assertEquals(expectedEvents(5, 2), new Tail().lastLines(log, 2), "5 generated lines, count=2");
        assertFalse(log.closed, "lastLines must not close the caller's reader");
    }

    @Test
    @DisplayName("window wraps around many times")
    void windowWraps() throws IOException {
        assertEquals(expectedEvents(1003, 7), new Tail().lastLines(new GeneratedLog(1003), 7), "1003 lines, count=7");
    }

    @Test
    @DisplayName("random: texts against a split-everything oracle")
    void randomTexts() throws IOException {
        Random random = new Random(42);
        String[] pieces = {"a", "bc", "\n", "\n", "\r", "\r\n", "log", " ", "\n\n"};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(25);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int count = random.nextInt(8);
            assertEquals(oracle(text.toString(), count), tail(text.toString(), count),
                    show(text.toString()) + ", count=" + count);
        }
    }

    @Test
    @DisplayName("random: generated logs of random length and count")
    void randomGeneratedLogs() throws IOException {
        Random random = new Random(43);
        for (int round = 0; round < 50; round++) {
            int lineCount = random.nextInt(3000);
            int count = random.nextInt(500);
            assertEquals(expectedEvents(lineCount, count), new Tail().lastLines(new GeneratedLog(lineCount), count),
                    lineCount + " lines, count=" + count);
        }
    }

    /*
     * Sizes (see problem.yaml): 750k mostly empty lines cost a deque-based window a few tens of ms, while
     * keeping every line needs ~22 MB on top of the worker's ~7 MB (MEMORY_LIMIT_EXCEEDED in a 20 MB heap),
     * and a window that shifts on every line (ArrayList.remove(0)) copies 630k x 120k references (~4 s).
     */

    @Test
    @Tag("perf")
    @DisplayName("perf: last 10 of 200k lines")
    void perfSmallWindow() throws IOException {
        // Every 7th line is numbered, so the last 10 hold one or two numbered lines and a shifted window shows.
        assertTail(200_000, 7, "", 10);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: last 120k of 750k lines in a 20 MB heap")
    void perfLargeWindow() throws IOException {
        assertTail(750_000, 100, "", 120_000);
    }
}
