import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Correct and snapshot-friendly (a published map is never modified again), but every increment copies
 * the whole map under one lock: O(keys) per call, and all writers queue on the lock.
 */
public class KeyedCounter {

    private volatile Map<String, Long> countsByKey = new HashMap<>();

    public synchronized void increment(String key) {
        Objects.requireNonNull(key, "key must not be null");
        Map<String, Long> next = new HashMap<>(countsByKey);
        next.merge(key, 1L, Long::sum);
        countsByKey = next;
    }

    public long get(String key) {
        Objects.requireNonNull(key, "key must not be null");
        return countsByKey.getOrDefault(key, 0L);
    }

    public Map<String, Long> snapshot() {
        return Collections.unmodifiableMap(countsByKey);
    }
}
