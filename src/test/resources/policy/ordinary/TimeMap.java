import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Time-based key-value store: TreeMap floorEntry, Optional, computeIfAbsent. */
class TimeMap {
    private final Map<String, TreeMap<Integer, String>> values = new HashMap<>();

    void set(String key, String value, int timestamp) {
        values.computeIfAbsent(key, unused -> new TreeMap<>()).put(timestamp, value);
    }

    String get(String key, int timestamp) {
        return Optional.ofNullable(values.get(key))
                .map(history -> history.floorEntry(timestamp))
                .map(Map.Entry::getValue)
                .orElse("");
    }

    Optional<Integer> firstAfter(String key, int timestamp) {
        TreeMap<Integer, String> history = values.getOrDefault(key, new TreeMap<>());
        return Optional.ofNullable(history.higherKey(timestamp));
    }
}
