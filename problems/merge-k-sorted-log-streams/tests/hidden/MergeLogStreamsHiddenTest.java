import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MergeLogStreamsHiddenTest {

    /** Wraps a list and counts how many lines the merger has read from it. */
    private static final class CountingStream implements Iterator<LogLine> {
        private final Iterator<LogLine> source;
        int read;

        CountingStream(List<LogLine> lines) {
            this.source = lines.iterator();
        }

        @Override
        public boolean hasNext() {
            return source.hasNext();
        }

        @Override
        public LogLine next() {
            read++;
            return source.next();
        }
    }

    /** An endless stream t = start, start + step, ...; fails the test if read too far ahead. */
    private static final class EndlessStream implements Iterator<LogLine> {
        private final String name;
        private final long step;
        private long timestamp;
        private int read;

        EndlessStream(String name, long start, long step) {
            this.name = name;
            this.timestamp = start;
            this.step = step;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public LogLine next() {
            if (++read > 10_000) {
                fail("the merger read more than 10000 lines of an endless stream: it is not lazy");
            }
            LogLine line = new LogLine(timestamp, name + read);
            timestamp += step;
            return line;
        }
    }

    private static List<LogLine> drain(Iterator<LogLine> iterator) {
        List<LogLine> lines = new ArrayList<>();
        iterator.forEachRemaining(lines::add);
        return lines;
    }

    private static List<Iterator<LogLine>> iterators(List<List<LogLine>> streams) {
        List<Iterator<LogLine>> iterators = new ArrayList<>();
        for (List<LogLine> stream : streams) {
            iterators.add(stream.iterator());
        }
        return iterators;
    }

    private static List<LogLine> merged(List<List<LogLine>> streams) {
        return drain(new LogMerger().merge(iterators(streams)));
    }

    private static List<LogLine> lines(String prefix, long... timestamps) {
        List<LogLine> lines = new ArrayList<>();
        for (int i = 0; i < timestamps.length; i++) {
            lines.add(new LogLine(timestamps[i], prefix + i));
        }
        return lines;
    }

    /** Oracle: concatenate in stream order and stable-sort by timestamp. */
    private static List<LogLine> oracle(List<List<LogLine>> streams) {
        List<LogLine> all = new ArrayList<>();
        streams.forEach(all::addAll);
        all.sort(Comparator.comparingLong(LogLine::timestamp));
        return all;
    }

    private static List<List<LogLine>> randomStreams(Random random, int streamCount, int maxLength, int timeRange) {
        List<List<LogLine>> streams = new ArrayList<>();
        for (int s = 0; s < streamCount; s++) {
            int length = random.nextInt(maxLength + 1);
            long[] timestamps = new long[length];
            for (int i = 0; i < length; i++) {
                timestamps[i] = random.nextInt(timeRange) - timeRange / 3;
            }
            Arrays.sort(timestamps);
            streams.add(lines("s" + s + "-", timestamps));
        }
        return streams;
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no streams")
    void noStreams() {
        Iterator<LogLine> merged = new LogMerger().merge(List.of());
        assertFalse(merged.hasNext(), "no streams: hasNext() must be false");
        assertThrows(NoSuchElementException.class, merged::next, "no streams: next() must throw");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: all streams empty")
    void allStreamsEmpty() {
        assertEquals(List.of(), merged(List.of(List.of(), List.of(), List.of())), "three empty streams");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty streams mixed in, first one empty")
    void emptyStreamsMixedIn() {
        List<List<LogLine>> streams = List.of(List.of(), lines("b", 3, 5), List.of(), lines("d", 1), List.of());
        assertEquals(oracle(streams), merged(streams), "streams [], [3,5], [], [1], []");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single stream passes through")
    void singleStream() {
        List<List<LogLine>> streams = List.of(lines("a", 1, 1, 2, 3, 3, 3, 8));
        assertEquals(streams.get(0), merged(streams), "one stream must come out unchanged");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: equal timestamps across streams by stream index")
    void tiesAcrossStreams() {
        List<List<LogLine>> streams = List.of(lines("a", 7, 7), lines("b", 2, 7), lines("c", 7), lines("d", 2));
        List<LogLine> expected = List.of(new LogLine(2, "b0"), new LogLine(2, "d0"), new LogLine(7, "a0"),
                new LogLine(7, "a1"), new LogLine(7, "b1"), new LogLine(7, "c0"));
        assertEquals(expected, merged(streams), "ties at t=2 and t=7 must follow stream index");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: equal timestamps within a stream keep their order")
    void tiesWithinStream() {
        List<List<LogLine>> streams = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            streams.add(lines("s" + s + "-", 4, 4, 4, 4));
        }
        assertEquals(oracle(streams), merged(streams), "six streams of four lines all at t=4");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: next() after the last line throws NoSuchElementException")
    void nextPastTheEnd() {
        Iterator<LogLine> merged = new LogMerger().merge(iterators(List.of(lines("a", 1), lines("b", 2))));
        merged.next();
        merged.next();
        assertFalse(merged.hasNext(), "after two lines of two: hasNext() must be false");
        assertThrows(NoSuchElementException.class, merged::next, "third next() of two lines must throw");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: repeated hasNext() does not skip lines")
    void repeatedHasNext() {
        Iterator<LogLine> merged = new LogMerger().merge(iterators(List.of(lines("a", 1, 3), lines("b", 2))));
        List<LogLine> out = new ArrayList<>();
        while (merged.hasNext() && merged.hasNext() && merged.hasNext()) {
            out.add(merged.next());
        }
        assertEquals(List.of(new LogLine(1, "a0"), new LogLine(2, "b0"), new LogLine(3, "a1")), out,
                "hasNext() three times per line");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: timestamps far apart and at the long extremes")
    void extremeTimestamps() {
        List<List<LogLine>> streams = List.of(
                lines("a", Long.MIN_VALUE, 0, 1_700_000_000_000L, Long.MAX_VALUE),
                lines("b", -5_000_000_000L, 4_000_000_000L, Long.MAX_VALUE),
                lines("c", Long.MIN_VALUE, 3_000_000_000L));
        assertEquals(oracle(streams), merged(streams), "timestamps whose differences overflow an int or a long");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative timestamps")
    void negativeTimestamps() {
        List<List<LogLine>> streams = List.of(lines("a", -30, -10, 5), lines("b", -20, -20, 0));
        assertEquals(oracle(streams), merged(streams), "streams [-30,-10,5] and [-20,-20,0]");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: merge() reads nothing and then reads at most one line ahead per stream")
    void readsLazily() {
        List<CountingStream> sources = new ArrayList<>();
        Random random = new Random(42);
        for (int s = 0; s < 5; s++) {
            sources.add(new CountingStream(randomStreams(random, 1, 200, 1000).get(0)));
        }
        Iterator<LogLine> merged = new LogMerger().merge(new ArrayList<>(sources));
        assertEquals(0, sources.stream().mapToInt(source -> source.read).sum(), "merge() must not read any line");
        for (int returned = 1; returned <= 20 && merged.hasNext(); returned++) {
            merged.next();
            int read = sources.stream().mapToInt(source -> source.read).sum();
            assertTrue(read <= returned + 5, "after " + returned + " lines of 5 streams, read " + read + " (max "
                    + (returned + 5) + ")");
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: an endless stream merged with finite ones")
    void endlessStream() {
        List<Iterator<LogLine>> streams = List.of(new EndlessStream("live", 0, 10),
                lines("f", 5, 15, 25).iterator());
        Iterator<LogLine> merged = new LogMerger().merge(streams);
        List<LogLine> first = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            first.add(merged.next());
        }
        List<LogLine> expected = List.of(new LogLine(0, "live1"), new LogLine(5, "f0"), new LogLine(10, "live2"),
                new LogLine(15, "f1"), new LogLine(20, "live3"), new LogLine(25, "f2"), new LogLine(30, "live4"),
                new LogLine(40, "live5"));
        assertEquals(expected, first, "first 8 lines of endless [0,10,20,...] merged with [5,15,25]");
        assertTrue(merged.hasNext(), "an endless stream never runs out");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a stream that goes back in time throws IllegalStateException")
    void streamGoesBackInTime() {
        List<List<LogLine>> streams = List.of(lines("a", 1, 2, 3, 4), lines("b", 5, 9, 6, 10));
        Iterator<LogLine> merged = new LogMerger().merge(iterators(streams));
        List<LogLine> returned = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            while (merged.hasNext()) {
                returned.add(merged.next());
            }
        }, "stream 1 yields 9 then 6: must throw IllegalStateException");
        assertFalse(returned.contains(new LogLine(6, "b2")), "the out-of-order line must never be returned");
        assertTrue(String.valueOf(thrown.getMessage()).contains("1"), "the message should name stream 1");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null streams are rejected")
    void nullStreams() {
        assertThrows(NullPointerException.class, () -> new LogMerger().merge(null), "merge(null) must throw");
        List<Iterator<LogLine>> withNull = Arrays.asList(lines("a", 1).iterator(), null);
        assertThrows(NullPointerException.class, () -> new LogMerger().merge(withNull),
                "a null stream must be rejected by merge()");
    }

    @Test
    @DisplayName("random: small streams against a stable sort")
    void randomSmall() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<List<LogLine>> streams = randomStreams(random, random.nextInt(8), 10, 1 + random.nextInt(30));
            assertEquals(oracle(streams), merged(streams), "random round " + round + " with " + streams.size()
                    + " streams");
        }
    }

    @Test
    @DisplayName("random: many streams with heavy ties against a stable sort")
    void randomManyTies() {
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            List<List<LogLine>> streams = randomStreams(random, 200, 30, 5);
            assertEquals(oracle(streams), merged(streams), "random round " + round + ": 200 streams, 5 timestamps");
        }
    }

    @Test
    @DisplayName("random: epoch-millisecond timestamps against a stable sort")
    void randomEpochMillis() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            List<List<LogLine>> streams = new ArrayList<>();
            for (int s = 0; s < 50; s++) {
                long[] timestamps = random.longs(random.nextInt(20), 1_600_000_000_000L, 1_800_000_000_000L)
                        .sorted().toArray();
                streams.add(lines("h" + s + "-", timestamps));
            }
            assertEquals(oracle(streams), merged(streams), "random round " + round + ": 50 streams of epoch millis");
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 55k streams of 2 lines")
    void perfManyStreams() {
        // A heap pays O(log K) per line: ~100 ms in a cold JVM. Scanning the heads for each line pays O(K):
        // 110k lines x 55k heads (or x 41k on average if exhausted streams are dropped) is seconds.
        // Stream s starts at 55k - 1 - s, so each round takes the streams from the last to the first.
        int streamCount = 55_000;
        int perStream = 2;
        List<Iterator<LogLine>> streams = new ArrayList<>(streamCount);
        for (int s = 0; s < streamCount; s++) {
            LogLine[] stream = new LogLine[perStream];
            for (int i = 0; i < perStream; i++) {
                stream[i] = new LogLine((long) i * streamCount + (streamCount - 1 - s), "");
            }
            streams.add(Arrays.asList(stream).iterator());
        }
        Iterator<LogLine> merged = new LogMerger().merge(streams);
        long previous = Long.MIN_VALUE;
        int count = 0;
        while (merged.hasNext()) {
            long timestamp = merged.next().timestamp();
            if (timestamp < previous) {
                fail("output went back in time at line " + count);
            }
            previous = timestamp;
            count++;
        }
        assertEquals(streamCount * perStream, count, "55k streams x 2 lines: line count");
    }
}
