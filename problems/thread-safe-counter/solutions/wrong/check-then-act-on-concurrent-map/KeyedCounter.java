import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** A ConcurrentHashMap, but get-then-put is two separate steps: concurrent increments overwrite each other. */
public class KeyedCounter {

    private final Map<String, Long> countsByKey = new ConcurrentHashMap<>();

    public void increment(String key) {
        Objects.requireNonNull(key, "key must not be null");
        Long current = countsByKey.get(key);
        countsByKey.put(key, current == null ? 1L : current + 1);
    }

    public long get(String key) {
        Objects.requireNonNull(key, "key must not be null");
        return countsByKey.getOrDefault(key, 0L);
    }

    public Map<String, Long> snapshot() {
        return Map.copyOf(countsByKey);
    }
}
