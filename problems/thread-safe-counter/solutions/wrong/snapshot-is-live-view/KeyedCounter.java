import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe counting with an atomic merge, but the "snapshot" is a read-only view of the live map. */
public class KeyedCounter {

    private final Map<String, Long> countsByKey = new ConcurrentHashMap<>();

    public void increment(String key) {
        Objects.requireNonNull(key, "key must not be null");
        countsByKey.merge(key, 1L, Long::sum);
    }

    public long get(String key) {
        Objects.requireNonNull(key, "key must not be null");
        return countsByKey.getOrDefault(key, 0L);
    }

    public Map<String, Long> snapshot() {
        return Collections.unmodifiableMap(countsByKey);
    }
}
