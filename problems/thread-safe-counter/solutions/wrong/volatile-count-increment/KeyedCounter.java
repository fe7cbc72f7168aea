import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Keys are created safely, but count++ on a volatile field is a read-modify-write race. */
public class KeyedCounter {

    private static final class Count {
        volatile long value;
    }

    private final Map<String, Count> countsByKey = new ConcurrentHashMap<>();

    public void increment(String key) {
        Objects.requireNonNull(key, "key must not be null");
        countsByKey.computeIfAbsent(key, newKey -> new Count()).value++;
    }

    public long get(String key) {
        Objects.requireNonNull(key, "key must not be null");
        Count count = countsByKey.get(key);
        return count == null ? 0 : count.value;
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new HashMap<>();
        countsByKey.forEach((key, count) -> copy.put(key, count.value));
        return Map.copyOf(copy);
    }
}
