import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MergeLogStreamsSampleTest {

    private static List<LogLine> drain(Iterator<LogLine> iterator) {
        List<LogLine> lines = new ArrayList<>();
        iterator.forEachRemaining(lines::add);
        return lines;
    }

    @Test
    @DisplayName("sample: statement example")
    void statementExample() {
        List<Iterator<LogLine>> streams = List.of(
                List.of(new LogLine(1, "a0"), new LogLine(4, "a1"), new LogLine(9, "a2")).iterator(),
                List.of(new LogLine(2, "b0"), new LogLine(4, "b1")).iterator(),
                List.<LogLine>of().iterator(),
                List.of(new LogLine(1, "d0")).iterator());
        List<LogLine> expected = List.of(new LogLine(1, "a0"), new LogLine(1, "d0"), new LogLine(2, "b0"),
                new LogLine(4, "a1"), new LogLine(4, "b1"), new LogLine(9, "a2"));
        assertEquals(expected, drain(new LogMerger().merge(streams)), "statement example");
    }

    @Test
    @DisplayName("sample: two interleaved streams")
    void twoStreams() {
        List<Iterator<LogLine>> streams = List.of(
                List.of(new LogLine(10, "x"), new LogLine(30, "y")).iterator(),
                List.of(new LogLine(20, "p"), new LogLine(40, "q")).iterator());
        List<LogLine> expected = List.of(new LogLine(10, "x"), new LogLine(20, "p"), new LogLine(30, "y"),
                new LogLine(40, "q"));
        assertEquals(expected, drain(new LogMerger().merge(streams)), "streams [10,30] and [20,40]");
    }

    @Test
    @DisplayName("sample: equal timestamps follow stream order")
    void equalTimestamps() {
        List<Iterator<LogLine>> streams = List.of(
                List.of(new LogLine(5, "s0")).iterator(),
                List.of(new LogLine(5, "s1")).iterator(),
                List.of(new LogLine(5, "s2")).iterator());
        List<LogLine> expected = List.of(new LogLine(5, "s0"), new LogLine(5, "s1"), new LogLine(5, "s2"));
        assertEquals(expected, drain(new LogMerger().merge(streams)), "three lines at t=5: stream 0, 1, 2");
    }
}
