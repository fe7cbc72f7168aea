import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Correct single-threaded; a plain HashMap loses updates (and can corrupt itself) under concurrency. */
public class KeyedCounter {

    private final Map<String, Long> countsByKey = new HashMap<>();

    public void increment(String key) {
        Objects.requireNonNull(key, "key must not be null");
        countsByKey.merge(key, 1L, Long::sum);
    }

    public long get(String key) {
        Objects.requireNonNull(key, "key must not be null");
        return countsByKey.getOrDefault(key, 0L);
    }

    public Map<String, Long> snapshot() {
        return Map.copyOf(countsByKey);
    }
}
