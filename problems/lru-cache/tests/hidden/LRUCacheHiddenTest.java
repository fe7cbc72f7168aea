import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LRUCacheHiddenTest {

    private static final int PERF_CAPACITY = 60_000;
    private static final int PERF_CALLS = 150_000;
    private static final int HISTORY_SHOWN = 8;

    /** Runs a script such as "put 1 1; get 1 -> 1" and checks every get. */
    private static void run(int capacity, String script) {
        LRUCache cache = new LRUCache(capacity);
        List<String> history = new ArrayList<>();
        for (String step : script.split(";")) {
            String[] words = step.trim().split("\\s+");
            int key = Integer.parseInt(words[1]);
            if (words[0].equals("put")) {
                cache.put(key, Integer.parseInt(words[2]));
                history.add("put(" + key + ", " + words[2] + ")");
            } else {
                int expected = Integer.parseInt(words[3]);
                assertEquals(expected, cache.get(key),
                        "LRUCache(" + capacity + ") after " + history + ": get(" + key + ")");
                history.add("get(" + key + ")");
            }
        }
    }

    /** Brute-force oracle: entries in a list, least recently used first, found by linear search. */
    private static final class ReferenceCache {
        private final int capacity;
        private final List<int[]> entries = new ArrayList<>();

        ReferenceCache(int capacity) {
            this.capacity = capacity;
        }

        int get(int key) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i)[0] == key) {
                    int[] entry = entries.remove(i);
                    entries.add(entry);
                    return entry[1];
                }
            }
            return -1;
        }

        void put(int key, int value) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i)[0] == key) {
                    entries.remove(i);
                    entries.add(new int[] {key, value});
                    return;
                }
            }
            if (entries.size() == capacity) {
                entries.remove(0);
            }
            entries.add(new int[] {key, value});
        }
    }

    private static String recent(List<String> history) {
        int from = Math.max(0, history.size() - HISTORY_SHOWN);
        return (from > 0 ? "[... " + from + " calls, " : "[") + String.join(", ", history.subList(from, history.size())) + "]";
    }

    /** Random calls checked against the brute-force oracle. */
    private static void runRandom(Random random, int rounds, int maxCapacity, int keyRange, double putChance) {
        for (int round = 0; round < rounds; round++) {
            int capacity = 1 + random.nextInt(maxCapacity);
            LRUCache cache = new LRUCache(capacity);
            ReferenceCache reference = new ReferenceCache(capacity);
            List<String> history = new ArrayList<>();
            for (int call = 0; call < 60; call++) {
                int key = random.nextInt(keyRange);
                if (random.nextDouble() < putChance) {
                    int value = random.nextInt(100);
                    cache.put(key, value);
                    reference.put(key, value);
                    history.add("put(" + key + ", " + value + ")");
                } else {
                    assertEquals(reference.get(key), cache.get(key),
                            "LRUCache(" + capacity + ") after " + recent(history) + ": get(" + key + ")");
                    history.add("get(" + key + ")");
                }
            }
        }
    }

    /** Large workload checked against java.util.LinkedHashMap in access order. */
    private static void runLarge(Random random, int keyRange, double putChance) {
        LRUCache cache = new LRUCache(PERF_CAPACITY);
        Map<Integer, Integer> reference = new LinkedHashMap<>(2 * PERF_CAPACITY, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > PERF_CAPACITY;
            }
        };
        for (int key = 0; key < PERF_CAPACITY; key++) {
            cache.put(key, key);
            reference.put(key, key);
        }
        for (int call = 0; call < PERF_CALLS; call++) {
            int key = random.nextInt(keyRange);
            if (random.nextDouble() < putChance) {
                cache.put(key, call);
                reference.put(key, call);
            } else {
                int expected = reference.getOrDefault(key, -1);
                int actual = cache.get(key);
                if (actual != expected) {
                    assertEquals(expected, actual, "LRUCache(" + PERF_CAPACITY + ") after " + (PERF_CAPACITY + call)
                            + " calls: get(" + key + ")");
                }
            }
        }
    }

    @Test
    @DisplayName("example from the statement")
    void example() {
        run(2, "put 1 1; put 2 2; get 1 -> 1; put 3 3; get 2 -> -1; put 4 4; get 1 -> -1; get 3 -> 3; get 4 -> 4");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: capacity 1")
    void capacityOne() {
        run(1, "put 1 1; get 1 -> 1; put 2 2; get 1 -> -1; get 2 -> 2; put 3 3; get 2 -> -1; get 3 -> 3");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: key never added")
    void neverAdded() {
        run(3, "get 1 -> -1; put 1 5; get 2 -> -1; get 1 -> 5; get 1000000000 -> -1");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: evicted key returns -1")
    void evictedKey() {
        run(2, "put 1 1; put 2 2; put 3 3; get 1 -> -1; get 2 -> 2; get 3 -> 3");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: value 0 is a real value")
    void valueZero() {
        run(2, "put 5 0; get 5 -> 0; put 6 0; get 6 -> 0; get 5 -> 0");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: get counts as a use")
    void getCountsAsUse() {
        run(2, "put 1 1; put 2 2; get 1 -> 1; put 3 3; get 1 -> 1; get 2 -> -1; get 3 -> 3");
        run(3, "put 1 1; put 2 2; put 3 3; get 1 -> 1; get 2 -> 2; put 4 4; get 3 -> -1; get 1 -> 1; get 4 -> 4");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: updating a key replaces its value")
    void updateReplaces() {
        run(2, "put 1 1; put 1 10; get 1 -> 10; put 1 0; get 1 -> 0");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: updating a key counts as a use")
    void updateCountsAsUse() {
        run(2, "put 1 1; put 2 2; put 1 10; put 3 3; get 2 -> -1; get 1 -> 10; get 3 -> 3");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: updating a key in a full cache evicts nothing")
    void updateWhenFull() {
        run(2, "put 1 1; put 2 2; put 2 20; get 1 -> 1; get 2 -> 20");
        run(3, "put 1 1; put 2 2; put 3 3; put 3 30; put 1 10; get 2 -> 2; get 3 -> 30; get 1 -> 10");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: an evicted key can be added again")
    void readdEvicted() {
        run(2, "put 1 1; put 2 2; put 3 3; get 1 -> -1; put 1 100; get 1 -> 100; get 2 -> -1; get 3 -> 3");
    }

    @Test
    @DisplayName("fills exactly to capacity before evicting")
    void fillsToCapacity() {
        run(4, "put 1 1; put 2 2; put 3 3; put 4 4; get 1 -> 1; get 2 -> 2; get 3 -> 3; get 4 -> 4; put 5 5; get 1 -> -1");
    }

    @Test
    @DisplayName("random calls, small capacity, against brute force")
    void randomSmallCapacity() {
        runRandom(new Random(42), 300, 3, 6, 0.5);
    }

    @Test
    @DisplayName("random calls, larger capacity, against brute force")
    void randomLargerCapacity() {
        runRandom(new Random(43), 200, 12, 25, 0.5);
    }

    @Test
    @DisplayName("random calls, mostly updates, against brute force")
    void randomMostlyUpdates() {
        runRandom(new Random(44), 200, 5, 8, 0.8);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: capacity 60 000, 150 000 mixed calls")
    void perfMixed() {
        runLarge(new Random(45), 2 * PERF_CAPACITY, 0.5);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: capacity 60 000, 150 000 calls mostly hits")
    void perfMostlyHits() {
        runLarge(new Random(46), PERF_CAPACITY + PERF_CAPACITY / 10, 0.2);
    }
}
