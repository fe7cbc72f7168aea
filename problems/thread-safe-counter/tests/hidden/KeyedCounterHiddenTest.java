import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class KeyedCounterHiddenTest {

    private static final int THREADS = 8;
    private static final int HOT_KEY_ROUNDS = 5;
    /** How often the ticker in {@link #runConcurrently} wakes up. */
    private static final long TICK_NANOS = 50_000;
    /** Longer than the test time limit: a solution that is merely slow gets TIME_LIMIT_EXCEEDED. */
    private static final long JOIN_DEADLINE_MS = 10_000;

    /**
     * Runs body(threadIndex) on THREADS threads released together by a barrier, waits with a deadline,
     * and turns an exception in any thread (or a thread that never finishes) into a test failure.
     *
     * <p>While they run, a ticker thread wakes up every 50 us. Each wake-up lets the scheduler pause a worker
     * at an arbitrary instruction, so a read-modify-write that is not atomic gets interrupted halfway even
     * when the machine is busy and the workers share one core: lost updates show up in a few milliseconds.
     */
    private static void runConcurrently(int threadCount, IntConsumer body) {
        AtomicBoolean finished = new AtomicBoolean();
        Thread ticker = new Thread(() -> {
            while (!finished.get()) {
                LockSupport.parkNanos(TICK_NANOS);
            }
        }, "ticker");
        ticker.setDaemon(true);
        ticker.start();
        try {
            runWorkers(threadCount, body);
        } finally {
            finished.set(true);
        }
    }

    private static void runWorkers(int threadCount, IntConsumer body) {
        CyclicBarrier start = new CyclicBarrier(threadCount);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            int threadIndex = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    body.accept(threadIndex);
                } catch (Throwable thrown) {
                    failure.compareAndSet(null, thrown);
                }
            }, "worker-" + t);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        long deadline = System.currentTimeMillis() + JOIN_DEADLINE_MS;
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for worker threads");
            }
            if (thread.isAlive()) {
                fail(thread.getName() + " did not finish within " + JOIN_DEADLINE_MS + " ms (deadlock or livelock?)");
            }
        }
        if (failure.get() != null) {
            fail("a worker thread threw " + failure.get(), failure.get());
        }
    }

    private static String keyFor(int id) {
        return "/api/v1/item/" + id;
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: get of a key never incremented is 0")
    void unknownKey() {
        KeyedCounter counter = new KeyedCounter();
        counter.increment("present");
        assertEquals(0, counter.get("absent"), "get(absent)");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: snapshot of an empty counter")
    void emptySnapshot() {
        assertEquals(Map.of(), new KeyedCounter().snapshot(), "snapshot of a new counter");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: snapshot is a copy")
    void snapshotIsCopy() {
        KeyedCounter counter = new KeyedCounter();
        counter.increment("x");
        counter.increment("x");
        Map<String, Long> snapshot = counter.snapshot();
        counter.increment("x");
        counter.increment("y");
        assertEquals(Map.of("x", 2L), snapshot, "snapshot must not see later increments");
        assertEquals(Map.of("x", 3L, "y", 1L), counter.snapshot(), "a new snapshot sees them");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: snapshot is unmodifiable")
    void snapshotUnmodifiable() {
        KeyedCounter counter = new KeyedCounter();
        counter.increment("x");
        Map<String, Long> snapshot = counter.snapshot();
        assertThrows(UnsupportedOperationException.class, () -> snapshot.put("x", 99L), "snapshot.put");
        assertThrows(UnsupportedOperationException.class, () -> snapshot.remove("x"), "snapshot.remove");
        assertThrows(UnsupportedOperationException.class, snapshot::clear, "snapshot.clear");
        assertEquals(1, counter.get("x"), "the counter itself is unchanged");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null keys are rejected")
    void nullKey() {
        KeyedCounter counter = new KeyedCounter();
        assertThrows(NullPointerException.class, () -> counter.increment(null), "increment(null)");
        assertThrows(NullPointerException.class, () -> counter.get(null), "get(null)");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty-string key and keys differing in case")
    void emptyAndCaseSensitiveKeys() {
        KeyedCounter counter = new KeyedCounter();
        counter.increment("");
        counter.increment("GET");
        counter.increment("get");
        counter.increment("get");
        assertEquals(Map.of("", 1L, "GET", 1L, "get", 2L), counter.snapshot(), "'', GET, get x2");
    }

    @Test
    @DisplayName("single thread: random increments against a HashMap")
    void singleThreadRandom() {
        Random random = new Random(42);
        KeyedCounter counter = new KeyedCounter();
        Map<String, Long> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String key = keyFor(random.nextInt(300));
            counter.increment(key);
            expected.merge(key, 1L, Long::sum);
        }
        assertEquals(expected, counter.snapshot(), "20,000 random increments over 300 keys");
        assertEquals(expected.get(keyFor(7)), counter.get(keyFor(7)), "get(" + keyFor(7) + ")");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: 8 threads x 100k increments of the same key, up to 5 rounds")
    void hotKey() {
        // A lost update needs two increments to overlap, which a machine busy with other work may not arrange in
        // one round (the workers then run one after another): up to HOT_KEY_ROUNDS rounds, each on a new counter,
        // so a non-atomic increment gets that many chances to show; a correct one passes every round.
        for (int round = 1; round <= HOT_KEY_ROUNDS; round++) {
            KeyedCounter counter = new KeyedCounter();
            runConcurrently(THREADS, thread -> {
                for (int i = 0; i < 100_000; i++) {
                    counter.increment("hot");
                }
            });
            assertEquals(800_000, counter.get("hot"),
                    "8 threads x 100,000 increments of one key (round " + round + " of " + HOT_KEY_ROUNDS + ")");
        }
    }

    @Test
    @DisplayName("8 threads x 25k increments over 4 keys")
    void fewKeys() {
        KeyedCounter counter = new KeyedCounter();
        runConcurrently(THREADS, thread -> {
            for (int i = 0; i < 25_000; i++) {
                counter.increment("shard-" + (i & 3));
            }
        });
        assertEquals(Map.of("shard-0", 50_000L, "shard-1", 50_000L, "shard-2", 50_000L, "shard-3", 50_000L),
                counter.snapshot(), "8 threads x 25,000 increments spread over 4 keys");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: 8 threads creating the same 10,000 new keys at once")
    void firstTouchRace() {
        // All threads walk the keys in the same order, so a thread held up while it creates a key (the map
        // growing, or the thread losing its core) is caught up by the others on that very key.
        String[] keys = new String[10_000];
        for (int id = 0; id < keys.length; id++) {
            keys[id] = keyFor(id);
        }
        KeyedCounter counter = new KeyedCounter();
        runConcurrently(THREADS, thread -> {
            for (String key : keys) {
                counter.increment(key);
            }
        });
        Map<String, Long> snapshot = counter.snapshot();
        assertEquals(keys.length, snapshot.size(), "number of keys");
        for (String key : keys) {
            Long count = snapshot.get(key);
            if (count == null || count != THREADS) {
                fail(key + " was incremented by 8 threads but counts " + count);
            }
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: 8 threads creating the same 512 new keys at once, keys sharing one hash code (2 rounds)")
    void firstTouchCollidingKeys() {
        // "Aa" and "BB" have the same hashCode, and so do all strings made of them: every key lands in the
        // same bucket, where creating a key takes longer and threads creating keys queue on each other.
        String[] keys = new String[512];
        for (int mask = 0; mask < keys.length; mask++) {
            StringBuilder key = new StringBuilder("/api/");
            for (int bit = 0; bit < 9; bit++) {
                key.append((mask >> bit & 1) == 0 ? "Aa" : "BB");
            }
            keys[mask] = key.toString();
        }
        for (int round = 0; round < 2; round++) {
            KeyedCounter counter = new KeyedCounter();
            runConcurrently(THREADS, thread -> {
                for (String key : keys) {
                    counter.increment(key);
                }
            });
            Map<String, Long> snapshot = counter.snapshot();
            assertEquals(keys.length, snapshot.size(), "round " + round + ": number of keys");
            for (String key : keys) {
                Long count = snapshot.get(key);
                if (count == null || count != THREADS) {
                    fail("round " + round + ": " + key + " was incremented by 8 threads but counts " + count);
                }
            }
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: snapshot while 7 threads increment")
    void snapshotDuringWrites() {
        KeyedCounter counter = new KeyedCounter();
        AtomicBoolean writersDone = new AtomicBoolean();
        int writers = THREADS - 1;
        runConcurrently(THREADS, thread -> {
            if (thread == 0) {
                readSnapshotsUntil(counter, writersDone, writers);
                return;
            }
            for (int i = 0; i < 5_000; i++) {
                counter.increment(keyFor(i % 50));
            }
            if (thread == writers) {
                writersDone.set(true);
            }
        });
        Map<String, Long> finalSnapshot = counter.snapshot();
        assertEquals(50, finalSnapshot.size(), "keys after 7 writers");
        for (Map.Entry<String, Long> entry : finalSnapshot.entrySet()) {
            assertEquals(7 * 100L, entry.getValue(), "final count of " + entry.getKey());
        }
    }

    /** Snapshots must never throw, and each key's count must never go down between snapshots. */
    private static void readSnapshotsUntil(KeyedCounter counter, AtomicBoolean writersDone, int writers) {
        Map<String, Long> previous = Map.of();
        long deadline = System.currentTimeMillis() + JOIN_DEADLINE_MS / 2;
        while (!writersDone.get() && System.currentTimeMillis() < deadline) {
            Map<String, Long> current = counter.snapshot();
            for (Map.Entry<String, Long> entry : previous.entrySet()) {
                Long now = current.get(entry.getKey());
                assertTrue(now != null && now >= entry.getValue(), "count of " + entry.getKey()
                        + " went from " + entry.getValue() + " to " + now + " between two snapshots");
            }
            // 0 is possible: a key another thread is creating, before its first increment lands.
            for (Long count : current.values()) {
                assertTrue(count >= 0 && count <= writers * 100L, "a count in a snapshot was " + count);
            }
            previous = current;
        }
    }

    @Test
    @DisplayName("get while 7 threads increment never goes down")
    void getDuringWrites() {
        KeyedCounter counter = new KeyedCounter();
        runConcurrently(THREADS, thread -> {
            if (thread == 0) {
                long previous = 0;
                for (int i = 0; i < 50_000; i++) {
                    long now = counter.get("hot");
                    assertTrue(now >= previous && now <= 7 * 30_000L, "get(hot) went from " + previous + " to " + now);
                    previous = now;
                }
                return;
            }
            for (int i = 0; i < 30_000; i++) {
                counter.increment("hot");
            }
        });
        assertEquals(210_000, counter.get("hot"), "7 writers x 30,000 increments");
    }

    @Test
    @DisplayName("random: 8 threads with seeded random keys against per-thread tallies")
    void randomConcurrent() {
        KeyedCounter counter = new KeyedCounter();
        runConcurrently(THREADS, thread -> {
            Random random = new Random(42 + thread);
            for (int i = 0; i < 4_000; i++) {
                counter.increment(keyFor(random.nextInt(64)));
            }
        });
        Map<String, Long> expected = new HashMap<>();
        for (int thread = 0; thread < THREADS; thread++) {
            Random random = new Random(42 + thread);
            for (int i = 0; i < 4_000; i++) {
                expected.merge(keyFor(random.nextInt(64)), 1L, Long::sum);
            }
        }
        assertEquals(expected, counter.snapshot(), "8 threads x 4,000 seeded random increments over 64 keys");
    }

    @Test
    @DisplayName("interleaved increments and gets from 8 threads on private and shared keys")
    void privateAndSharedKeys() {
        KeyedCounter counter = new KeyedCounter();
        runConcurrently(THREADS, thread -> {
            String privateKey = "thread-" + thread;
            for (int i = 0; i < 20_000; i++) {
                counter.increment(privateKey);
                counter.increment("shared");
            }
            assertEquals(20_000, counter.get(privateKey), "private key of thread " + thread);
        });
        assertEquals(160_000, counter.get("shared"), "shared key, 8 x 20,000");
        assertEquals(THREADS + 1, counter.snapshot().size(), "8 private keys + shared");
    }

    @Test
    @DisplayName("snapshot holds every key ever incremented")
    void snapshotHoldsAllKeys() {
        KeyedCounter counter = new KeyedCounter();
        for (int id = 0; id < 1_000; id++) {
            for (int r = 0; r <= id % 3; r++) {
                counter.increment(keyFor(id));
            }
        }
        Map<String, Long> snapshot = counter.snapshot();
        assertEquals(1_000, snapshot.size(), "1,000 keys");
        assertEquals(3L, snapshot.get(keyFor(998)), "count of " + keyFor(998));
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 8 threads x 12k increments over 12k keys")
    void perfManyKeys() {
        // Keys are built once: the test measures the counter, not string concatenation. Each thread starts at
        // its own offset, so all keys exist early: a map copied on every increment does 96,000 copies of
        // ~12,000 entries and runs for seconds; O(1) increments take milliseconds.
        String[] keys = new String[12_000];
        for (int id = 0; id < keys.length; id++) {
            keys[id] = keyFor(id);
        }
        KeyedCounter counter = new KeyedCounter();
        runConcurrently(THREADS, thread -> {
            for (int i = 0; i < keys.length; i++) {
                counter.increment(keys[(i * 7 + thread * 1_500) % keys.length]);
            }
        });
        Map<String, Long> snapshot = counter.snapshot();
        assertEquals(12_000, snapshot.size(), "12,000 keys");
        assertEquals(96_000L, snapshot.values().stream().mapToLong(Long::longValue).sum(),
                "total of all counts after 8 threads x 12,000 increments");
    }
}
