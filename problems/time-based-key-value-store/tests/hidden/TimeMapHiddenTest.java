import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TimeMapHiddenTest {

    @Test
    @Tag("edge")
    @DisplayName("edge: unknown key returns the empty string")
    void unknownKey() {
        TimeMap store = new TimeMap();
        assertEquals("", store.get("missing", 10), "get(\"missing\", 10) on an empty store");
        store.set("present", "value", 5);
        assertEquals("", store.get("missing", 10), "get(\"missing\", 10) when only \"present\" was set");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: before the first version")
    void beforeFirstVersion() {
        TimeMap store = new TimeMap();
        store.set("config", "v1", 10);
        store.set("config", "v2", 20);
        assertEquals("", store.get("config", 9), "get(\"config\", 9) with versions at 10 and 20");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: exact timestamps")
    void exactTimestamps() {
        TimeMap store = new TimeMap();
        store.set("config", "v1", 10);
        store.set("config", "v2", 20);
        store.set("config", "v3", 30);
        assertEquals("v1", store.get("config", 10), "get(\"config\", 10) with versions at 10, 20, 30");
        assertEquals("v2", store.get("config", 20), "get(\"config\", 20) with versions at 10, 20, 30");
        assertEquals("v3", store.get("config", 30), "get(\"config\", 30) with versions at 10, 20, 30");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: between versions")
    void betweenVersions() {
        TimeMap store = new TimeMap();
        store.set("config", "v1", 10);
        store.set("config", "v2", 20);
        store.set("config", "v3", 30);
        assertEquals("v1", store.get("config", 19), "get(\"config\", 19) with versions at 10, 20, 30");
        assertEquals("v2", store.get("config", 21), "get(\"config\", 21) with versions at 10, 20, 30");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: after the last version")
    void afterLastVersion() {
        TimeMap store = new TimeMap();
        store.set("config", "v1", 10);
        store.set("config", "v2", 20);
        assertEquals("v2", store.get("config", 10_000_000), "get(\"config\", 10000000) with versions at 10, 20");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: keys are independent")
    void keysIndependent() {
        TimeMap store = new TimeMap();
        store.set("alpha", "a1", 1);
        store.set("beta", "b1", 2);
        store.set("alpha", "a2", 3);
        assertEquals("a1", store.get("alpha", 2), "get(\"alpha\", 2)");
        assertEquals("", store.get("beta", 1), "get(\"beta\", 1): beta was first set at 2");
        assertEquals("b1", store.get("beta", 3), "get(\"beta\", 3)");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: independent instances")
    void independentInstances() {
        TimeMap first = new TimeMap();
        TimeMap second = new TimeMap();
        first.set("shared", "first", 1);
        assertEquals("", second.get("shared", 5), "a second TimeMap must not see a key set in the first");
    }

    @Test
    @DisplayName("single version answers every later time")
    void singleVersion() {
        TimeMap store = new TimeMap();
        store.set("love", "high", 10);
        assertEquals("high", store.get("love", 15), "get(\"love\", 15)");
        assertEquals("", store.get("love", 5), "get(\"love\", 5)");
    }

    @Test
    @DisplayName("long history of one key")
    void longHistory() {
        TimeMap store = new TimeMap();
        for (int version = 1; version <= 1000; version++) {
            store.set("counter", "v" + version, version * 10);
        }
        assertEquals("v1", store.get("counter", 10), "get(\"counter\", 10)");
        assertEquals("v500", store.get("counter", 5009), "get(\"counter\", 5009)");
        assertEquals("v1000", store.get("counter", 10_001), "get(\"counter\", 10001)");
        assertEquals("", store.get("counter", 9), "get(\"counter\", 9)");
    }

    @Test
    @DisplayName("gets interleaved with sets")
    void interleaved() {
        TimeMap store = new TimeMap();
        store.set("k", "one", 1);
        assertEquals("one", store.get("k", 2), "get(\"k\", 2) after one version");
        store.set("k", "three", 3);
        assertEquals("one", store.get("k", 2), "get(\"k\", 2) after versions at 1 and 3");
        assertEquals("three", store.get("k", 3), "get(\"k\", 3) after versions at 1 and 3");
    }

    @Test
    @DisplayName("random operations on few keys (seeded) match a scanning oracle")
    void randomFewKeys() {
        runRandom(new Random(42), 3, 3000);
    }

    @Test
    @DisplayName("random operations on many keys (seeded) match a scanning oracle")
    void randomManyKeys() {
        runRandom(new Random(7), 50, 3000);
    }

    @Test
    @DisplayName("random operations with sparse timestamps (seeded) match a scanning oracle")
    void randomSparse() {
        Random random = new Random(99);
        TimeMap store = new TimeMap();
        Map<String, List<Version>> history = new HashMap<>();
        int clock = 0;
        for (int step = 0; step < 2000; step++) {
            String key = "key" + random.nextInt(5);
            if (random.nextInt(3) == 0) {
                clock += 1 + random.nextInt(1000);
                String value = "value" + step;
                store.set(key, value, clock);
                history.computeIfAbsent(key, unused -> new ArrayList<>()).add(new Version(value, clock));
            } else {
                int asked = random.nextInt(clock + 2000);
                assertEquals(oracle(history, key, asked), store.get(key, asked), "step " + step + ": get(\"" + key + "\", " + asked + ")");
            }
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 44000 versions of one key, 44000 gets")
    void perfOneHotKey() {
        // Scanning the versions costs 44000 gets x 22000 versions on average: seconds, against milliseconds
        // for a binary search.
        int versions = 44_000;
        String[] values = new String[versions + 1];
        TimeMap store = new TimeMap();
        for (int version = 1; version <= versions; version++) {
            values[version] = "v" + version;
            store.set("hot", values[version], version * 2);
        }
        Random random = new Random(2024);
        int correct = 0;
        for (int query = 0; query < versions; query++) {
            int version = 1 + random.nextInt(versions);
            // asking at version * 2 + 1 falls between this version and the next
            correct += store.get("hot", version * 2 + 1).equals(values[version]) ? 1 : 0;
        }
        assertEquals(versions, correct, "every get between two versions should see the earlier one");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 1000 keys with 20 versions each, 20000 gets")
    void perfManyKeys() {
        int keys = 1000;
        int versionsPerKey = 20;
        String[] keyNames = new String[keys];
        for (int key = 0; key < keys; key++) {
            keyNames[key] = "key" + key;
        }
        String[] values = new String[versionsPerKey];
        for (int version = 0; version < versionsPerKey; version++) {
            values[version] = "v" + version;
        }
        TimeMap store = new TimeMap();
        int clock = 0;
        for (int version = 0; version < versionsPerKey; version++) {
            for (int key = 0; key < keys; key++) {
                clock++;
                store.set(keyNames[key], values[version], clock);
            }
        }
        Random random = new Random(2025);
        int correct = 0;
        for (int query = 0; query < keys * versionsPerKey; query++) {
            int key = random.nextInt(keys);
            int version = random.nextInt(versionsPerKey);
            int setAt = version * keys + key + 1;
            correct += store.get(keyNames[key], setAt + random.nextInt(keys)).equals(values[version]) ? 1 : 0;
        }
        assertEquals(keys * versionsPerKey, correct, "every get should see the version set last at or before its time");
    }

    private static void runRandom(Random random, int keyCount, int steps) {
        TimeMap store = new TimeMap();
        Map<String, List<Version>> history = new HashMap<>();
        int clock = 0;
        for (int step = 0; step < steps; step++) {
            String key = "k" + random.nextInt(keyCount);
            if (random.nextBoolean()) {
                clock += 1 + random.nextInt(3);
                String value = "v" + step;
                store.set(key, value, clock);
                history.computeIfAbsent(key, unused -> new ArrayList<>()).add(new Version(value, clock));
            } else {
                int asked = random.nextInt(clock + 3);
                assertEquals(oracle(history, key, asked), store.get(key, asked), "step " + step + ": get(\"" + key + "\", " + asked + ")");
            }
        }
    }

    /** One set call of a key, as the oracle remembers it. */
    private record Version(String value, int timestamp) {
    }

    /** Oracle: scan every set ever made for key and keep the latest one at or before the time asked. */
    private static String oracle(Map<String, List<Version>> history, String key, int asked) {
        String answer = "";
        for (Version entry : history.getOrDefault(key, List.of())) {
            if (entry.timestamp() <= asked) {
                answer = entry.value();
            }
        }
        return answer;
    }
}
