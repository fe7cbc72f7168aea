import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EventDeduplicatorHiddenTest {

    private static void assertIllegal(String word, Executable call, String what) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, call, what);
        assertTrue(String.valueOf(thrown.getMessage()).contains(word),
                what + ": message should contain " + word + ": " + thrown.getMessage());
    }

    private static Decision accept(EventDeduplicator deduplicator, String id, long timestamp) {
        return deduplicator.accept(new Event(id, timestamp));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid window")
    void invalidWindow() {
        assertIllegal("windowMillis", () -> new EventDeduplicator(0), "windowMillis 0");
        assertIllegal("windowMillis", () -> new EventDeduplicator(-10), "windowMillis -10");
        assertIllegal("windowMillis", () -> new EventDeduplicator(1_000_000_000_001L), "windowMillis 10^12+1");
        assertEquals(Decision.ACCEPTED, accept(new EventDeduplicator(1_000_000_000_000L), "a", 5), "window 10^12 is valid");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid events change nothing")
    void invalidEvents() {
        EventDeduplicator deduplicator = new EventDeduplicator(100);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "a", 50), "a@50");
        NullPointerException nullEvent = assertThrows(NullPointerException.class, () -> deduplicator.accept(null),
                "accept(null)");
        assertNotNull(nullEvent.getMessage(), "accept(null): message");
        assertIllegal("id", () -> accept(deduplicator, null, 60), "null id");
        assertIllegal("id", () -> accept(deduplicator, "", 60), "empty id");
        assertIllegal("timestamp", () -> accept(deduplicator, "b", -1), "negative timestamp");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "a", 60), "a@60 after the invalid calls");
        assertEquals(1, deduplicator.trackedIds(), "invalid calls remembered nothing");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: exactly W apart is not a duplicate, W - 1 is")
    void windowBoundary() {
        EventDeduplicator deduplicator = new EventDeduplicator(250);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "x", 1000), "x@1000");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "x", 1249), "x@1249, 249 apart");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "x", 1250), "x@1250, exactly 250 apart");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "x", 1001), "x@1001, out of order, 249 before 1250");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "x", 1500), "x@1500");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicates do not refresh the window")
    void duplicatesDoNotRefresh() {
        EventDeduplicator deduplicator = new EventDeduplicator(100);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "hb", 0), "hb@0");
        for (long time = 40; time < 100; time += 40) {
            assertEquals(Decision.DUPLICATE, accept(deduplicator, "hb", time), "hb@" + time);
        }
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "hb", 100), "hb@100: 100 after the accepted hb@0");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "hb", 160), "hb@160");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "hb", 200), "hb@200");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: out-of-order events inside the window")
    void outOfOrder() {
        EventDeduplicator deduplicator = new EventDeduplicator(1000);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "p", 5000), "p@5000");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "q", 4200), "q@4200 out of order");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "p", 4100), "p@4100: 900 before p@5000");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "p", 4000), "p@4000: exactly 1000 before, and not late");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "p", 5999), "p@5999: last is still 5000");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "q", 5100), "q@5100");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: late events")
    void lateEvents() {
        EventDeduplicator deduplicator = new EventDeduplicator(1000);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "a", 10_000), "a@10000");
        assertEquals(Decision.LATE, accept(deduplicator, "b", 8_999), "b@8999: before 10000 - 1000");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "b", 9_000), "b@9000: exactly at watermark - W");
        assertEquals(Decision.LATE, accept(deduplicator, "a", 0), "a@0 is late, not a duplicate");
        assertEquals(2, deduplicator.trackedIds(), "late events are not remembered");
        assertEquals(Decision.LATE, accept(deduplicator, "c", 5_000), "c@5000");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "c", 9_500), "c@9500: the late c was not recorded");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: ids are forgotten exactly at watermark - 2W")
    void forgettingBoundary() {
        EventDeduplicator deduplicator = new EventDeduplicator(100);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "old", 1000), "old@1000");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "new", 1150), "new@1150");
        assertEquals(2, deduplicator.trackedIds(), "old is within 2W of 1150");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "tick", 1199), "tick@1199");
        assertEquals(3, deduplicator.trackedIds(), "old (1000) > 1199 - 200");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "old", 1099), "old@1099: late? no, 1099 >= 1099");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "tick2", 1200), "tick2@1200");
        assertEquals(3, deduplicator.trackedIds(), "old (1000) <= 1200 - 200 is forgotten");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: many ids with the same timestamp")
    void sameTimestamp() {
        EventDeduplicator deduplicator = new EventDeduplicator(10);
        for (int i = 0; i < 100; i++) {
            assertEquals(Decision.ACCEPTED, accept(deduplicator, "id" + i, 42), "id" + i + "@42");
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(Decision.DUPLICATE, accept(deduplicator, "id" + i, 42), "id" + i + "@42 again");
        }
        assertEquals(100, deduplicator.trackedIds(), "100 ids at the same time");
        accept(deduplicator, "later", 62);
        assertEquals(1, deduplicator.trackedIds(), "all 100 forgotten at watermark 62 = 42 + 2W");
    }

    @Test
    @DisplayName("a window of 1 ms only de-duplicates equal timestamps")
    void oneMillisecondWindow() {
        EventDeduplicator deduplicator = new EventDeduplicator(1);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "a", 5), "a@5");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "a", 5), "a@5 again");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "a", 6), "a@6");
        assertEquals(Decision.LATE, accept(deduplicator, "a", 4), "a@4 with watermark 6");
    }

    @Test
    @DisplayName("a duplicate can advance the watermark and trigger forgetting")
    void duplicateAdvancesWatermark() {
        EventDeduplicator deduplicator = new EventDeduplicator(10);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "x", 0), "x@0");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "y", 15), "y@15");
        assertEquals(2, deduplicator.trackedIds(), "x (0) > 15 - 20");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "y", 20), "y@20");
        assertEquals(1, deduplicator.trackedIds(), "x (0) <= 20 - 20 is forgotten");
        assertEquals(Decision.LATE, accept(deduplicator, "x", 9), "x@9 is late at watermark 20");
    }

    @Test
    @DisplayName("memory stays bounded on a long in-order stream")
    void boundedMemory() {
        EventDeduplicator deduplicator = new EventDeduplicator(50);
        for (int time = 0; time < 10_000; time++) {
            assertEquals(Decision.ACCEPTED, accept(deduplicator, "e" + time, time), "e" + time);
        }
        assertEquals(100, deduplicator.trackedIds(), "ids in (9999 - 100, 9999]");
    }

    @Test
    @DisplayName("ids are case-sensitive strings")
    void caseSensitiveIds() {
        EventDeduplicator deduplicator = new EventDeduplicator(100);
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "Order-7", 1), "Order-7");
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "order-7", 2), "order-7");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, new String("Order-7"), 3), "an equal but distinct String");
    }

    @Test
    @DisplayName("timestamps up to 10^15")
    void largeTimestamps() {
        EventDeduplicator deduplicator = new EventDeduplicator(1_000_000_000_000L);
        long big = 1_000_000_000_000_000L;
        assertEquals(Decision.ACCEPTED, accept(deduplicator, "a", big), "a@10^15");
        assertEquals(Decision.DUPLICATE, accept(deduplicator, "a", big - 999_999_999_999L), "a just inside W");
        assertEquals(Decision.LATE, accept(deduplicator, "b", big - 1_000_000_000_001L), "b before watermark - W");
    }

    // ---- oracle: remembers every accepted event forever and applies the rules literally ----

    private static final class Oracle {
        private final long window;
        private final Map<String, Long> last = new HashMap<>();
        private long watermark;

        Oracle(long window) {
            this.window = window;
        }

        Decision accept(String id, long timestamp) {
            if (timestamp < watermark - window) {
                return Decision.LATE;
            }
            watermark = Math.max(watermark, timestamp);
            Long previous = last.get(id);
            if (previous != null && previous > watermark - 2 * window && Math.abs(timestamp - previous) < window) {
                return Decision.DUPLICATE;
            }
            last.put(id, previous == null || previous <= watermark - 2 * window ? timestamp
                    : Math.max(previous, timestamp));
            return Decision.ACCEPTED;
        }

        int tracked() {
            return (int) last.values().stream().filter(time -> time > watermark - 2 * window).count();
        }
    }

    @Test
    @DisplayName("random: 20000 jittery events against an oracle")
    void randomisedDifferential() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            long window = 1 + random.nextInt(200);
            EventDeduplicator deduplicator = new EventDeduplicator(window);
            Oracle oracle = new Oracle(window);
            long clock = random.nextInt(1000);
            for (int step = 0; step < 1000; step++) {
                clock += random.nextInt(4) == 0 ? random.nextInt((int) window) : 0;
                long jitter = random.nextInt(5) == 0 ? random.nextInt((int) (2 * window + 1)) : 0;
                long timestamp = Math.max(0, clock - jitter);
                String id = "id" + random.nextInt(30);
                assertEquals(oracle.accept(id, timestamp), deduplicator.accept(new Event(id, timestamp)),
                        id + "@" + timestamp + " (round " + round + ", step " + step + ", W " + window + ")");
                assertEquals(oracle.tracked(), deduplicator.trackedIds(),
                        "trackedIds after " + id + "@" + timestamp + " (round " + round + ", step " + step + ")");
            }
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100000 events with 50000 ids in memory")
    void largeStream() {
        EventDeduplicator deduplicator = new EventDeduplicator(30_000);
        String[] ids = new String[50_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "evt-" + i;
        }
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            if (deduplicator.accept(new Event(ids[i % ids.length], i)) == Decision.ACCEPTED) {
                accepted++;
            }
        }
        assertEquals(100_000, accepted, "each id repeats 50000 ms later, beyond W = 30000");
        assertEquals(50_000, deduplicator.trackedIds(), "all 50000 ids were accepted in (39999, 99999]");
    }
}
