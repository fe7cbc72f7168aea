import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ErrorSpikeDetectorHiddenTest {

    private static Event ok(long timestamp) {
        return new Event(timestamp, false);
    }

    private static Event err(long timestamp) {
        return new Event(timestamp, true);
    }

    private static List<Spike> find(List<Event> events, long window, int threshold, int minEvents) {
        return new ErrorSpikeDetector().findSpikes(events, window, threshold, minEvents);
    }

    private static List<Spike> spikes(long... bounds) {
        List<Spike> spikes = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            spikes.add(new Spike(bounds[i], bounds[i + 1]));
        }
        return spikes;
    }

    /** Turns the alarming flags of the distinct times into maximal runs. */
    private static List<Spike> runs(long[] times, boolean[] alarming) {
        List<Spike> result = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (alarming[i] && (i == 0 || !alarming[i - 1])) {
                int j = i;
                while (j + 1 < times.length && alarming[j + 1]) {
                    j++;
                }
                result.add(new Spike(times[i], times[j]));
            }
        }
        return result;
    }

    /** Brute force: recount the whole event list at every distinct timestamp. */
    private static List<Spike> bruteForce(List<Event> events, long window, int threshold, int minEvents) {
        long[] times = distinctSorted(events.stream().mapToLong(Event::timestamp).toArray());
        boolean[] alarming = new boolean[times.length];
        for (int i = 0; i < times.length; i++) {
            long total = 0;
            long errors = 0;
            for (Event event : events) {
                if (event.timestamp() > times[i] - window && event.timestamp() <= times[i]) {
                    total++;
                    errors += event.error() ? 1 : 0;
                }
            }
            alarming[i] = total >= minEvents && errors * 100 > (long) threshold * total;
        }
        return runs(times, alarming);
    }

    /** Independent fast oracle for big inputs: prefix sums plus binary search, O(n log n). */
    private static List<Spike> prefixSumOracle(List<Event> events, long window, int threshold, int minEvents) {
        int n = events.size();
        long[] stamps = new long[n];
        long[] errorPrefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            stamps[i] = events.get(i).timestamp();
            errorPrefix[i + 1] = errorPrefix[i] + (events.get(i).error() ? 1 : 0);
        }
        long[] times = distinctSorted(stamps);
        boolean[] alarming = new boolean[times.length];
        for (int i = 0; i < times.length; i++) {
            int end = upperBound(stamps, times[i]);
            int start = upperBound(stamps, times[i] - window);
            long total = end - start;
            long errors = errorPrefix[end] - errorPrefix[start];
            alarming[i] = total >= minEvents && errors * 100 > (long) threshold * total;
        }
        return runs(times, alarming);
    }

    private static long[] distinctSorted(long[] sorted) {
        long[] distinct = new long[sorted.length];
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    private static int upperBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static List<Event> randomEvents(Random random, int count, int maxStep, int errorPercent) {
        List<Event> events = new ArrayList<>(count);
        long time = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            time += random.nextInt(maxStep + 1);
            events.add(new Event(time, random.nextInt(100) < errorPercent));
        }
        return events;
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no events")
    void noEvents() {
        assertEquals(List.of(), find(List.of(), 10, 50, 1), "no events, no spikes");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no window reaches minEvents")
    void neverEnoughEvents() {
        List<Event> events = List.of(err(0), err(1), err(2), err(10), err(11), err(12));
        assertEquals(List.of(), find(events, 5, 0, 4), "all errors, but at most 3 events per 5 s window");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: an event exactly windowSeconds old has left the window")
    void windowBoundaryExclusive() {
        List<Event> events = List.of(err(0), err(5), ok(10), ok(11));
        assertEquals(spikes(5, 5), find(events, 10, 50, 2),
                "W=10: at t=10 the window is (0,10] = {5,10}, 1/2 errors is not above 50%");
        assertEquals(spikes(0, 0), find(List.of(err(0), ok(10)), 10, 0, 1),
                "W=10, 0%: the error at t=0 is gone at t=10");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a rate equal to the threshold is not a spike")
    void rateEqualToThreshold() {
        List<Event> events = List.of(err(1), ok(2), err(3), ok(4));
        assertEquals(spikes(1, 1, 3, 3), find(events, 100, 50, 1), "50% exactly at t=2 and t=4 is not a spike");
        assertEquals(List.of(), find(List.of(err(1), ok(2), ok(3), ok(4), ok(5)), 100, 20, 5),
                "1 of 5 = 20% with a 20% threshold");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: events sharing a timestamp are evaluated once, after all of them")
    void sameTimestamp() {
        List<Event> events = List.of(ok(7), err(7), err(7), ok(7), ok(7));
        assertEquals(List.of(), find(events, 10, 40, 2), "2 errors of 5 events at t=7 = 40%: no spike");
        List<Event> burst = List.of(err(3), err(3), ok(3), ok(9), ok(9), ok(9));
        assertEquals(spikes(3, 3), find(burst, 10, 50, 2), "t=3: 2/3 alarm; t=9: 2/6 no alarm");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a gap longer than the window empties it")
    void gapEmptiesWindow() {
        List<Event> events = List.of(err(0), err(1), err(2), ok(100), ok(101), err(102));
        assertEquals(spikes(1, 2), find(events, 30, 50, 2), "after the gap only {100,101,102} count");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single-time spike, spike until the last event, spikes split by one quiet time")
    void spikeShapes() {
        List<Event> events = List.of(err(1), err(1), ok(2), ok(2), err(3), err(3), err(4), ok(4), err(4));
        assertEquals(spikes(1, 1, 3, 4), find(events, 1, 50, 2),
                "W=1, 50%, min 2: alarms at t=1, 3, 4; quiet at t=2");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: threshold 100 never alarms, threshold 0 alarms on any error")
    void extremeThresholds() {
        List<Event> events = List.of(err(0), err(1), ok(2), ok(3), ok(4));
        assertEquals(List.of(), find(events, 100, 100, 1), "100% threshold");
        assertEquals(spikes(0, 4), find(events, 100, 0, 1), "0% threshold, errors stay in the window");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: events out of time order are rejected")
    void outOfOrder() {
        List<Event> events = List.of(ok(1), ok(5), err(4));
        assertThrows(IllegalArgumentException.class, () -> find(events, 10, 50, 1), "timestamps 1, 5, 4");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid parameters are rejected")
    void invalidParameters() {
        List<Event> events = List.of(err(1));
        assertThrows(IllegalArgumentException.class, () -> find(events, 0, 50, 1), "windowSeconds=0");
        assertThrows(IllegalArgumentException.class, () -> find(events, 10, 101, 1), "thresholdPercent=101");
        assertThrows(IllegalArgumentException.class, () -> find(events, 10, -1, 1), "thresholdPercent=-1");
        assertThrows(IllegalArgumentException.class, () -> find(events, 10, 50, 0), "minEvents=0");
        assertThrows(NullPointerException.class, () -> find(null, 10, 50, 1), "events=null");
    }

    @Test
    @DisplayName("random: small streams against a brute-force recount")
    void randomSmall() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            List<Event> events = randomEvents(random, random.nextInt(40), 1 + random.nextInt(4), random.nextInt(100));
            long window = 1 + random.nextInt(8);
            int threshold = random.nextInt(101);
            int minEvents = 1 + random.nextInt(5);
            assertEquals(bruteForce(events, window, threshold, minEvents), find(events, window, threshold, minEvents),
                    "random round " + round + ": W=" + window + ", " + threshold + "%, min " + minEvents);
        }
    }

    @Test
    @DisplayName("random: bursty streams with many equal timestamps against a brute-force recount")
    void randomBursty() {
        Random random = new Random(43);
        for (int round = 0; round < 40; round++) {
            List<Event> events = randomEvents(random, 600, random.nextInt(2), 30);
            long window = 1 + random.nextInt(40);
            assertEquals(bruteForce(events, window, 30, 10), find(events, window, 30, 10),
                    "bursty round " + round + ": W=" + window + ", 30%, min 10");
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a window longer than the whole history, up to Long.MAX_VALUE")
    void hugeWindow() {
        List<Event> events = List.of(err(7), ok(500_000_000_000L), ok(1_000_000_000_000L), err(1_000_000_000_000L));
        assertEquals(spikes(7, 7), find(events, Long.MAX_VALUE, 55, 1),
                "W=Long.MAX_VALUE keeps all 4 events: 2/4 = 50% at the end is not above 55%");
    }

    @Test
    @DisplayName("a single event")
    void singleEvent() {
        assertEquals(spikes(42, 42), find(List.of(err(42)), 5, 99, 1), "one error, min 1");
        assertEquals(List.of(), find(List.of(err(42)), 5, 0, 2), "one error, min 2");
    }

    @Test
    @DisplayName("random: epoch-second timestamps and long windows against a brute-force recount")
    void randomEpochSeconds() {
        Random random = new Random(44);
        for (int round = 0; round < 100; round++) {
            List<Event> events = new ArrayList<>();
            long time = 1_700_000_000L + random.nextInt(1000);
            for (int i = random.nextInt(80); i > 0; i--) {
                time += random.nextInt(600);
                events.add(new Event(time, random.nextInt(4) == 0));
            }
            long window = 1 + random.nextInt(20_000);
            assertEquals(bruteForce(events, window, 25, 3), find(events, window, 25, 3),
                    "epoch round " + round + ": W=" + window + ", 25%, min 3");
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 1 million events, 1 hour window")
    void perfMillionEvents() {
        Random random = new Random(42);
        List<Event> events = new ArrayList<>(1_000_000);
        long time = 1_700_000_000L;
        for (int i = 0; i < 1_000_000; i++) {
            time += random.nextInt(2);
            boolean incident = (time / 20_000) % 7 == 3;
            events.add(new Event(time, random.nextInt(100) < (incident ? 12 : 2)));
        }
        List<Spike> expected = prefixSumOracle(events, 3600, 5, 100);
        assertEquals(expected, find(events, 3600, 5, 100), "1M events, W=3600, 5%, min 100");
    }
}
