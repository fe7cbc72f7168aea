import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Atomic increments, but two threads creating a new key can both put a fresh AtomicLong: one is lost. */
public class KeyedCounter {

    private final Map<String, AtomicLong> countsByKey = new ConcurrentHashMap<>();

    public void increment(String key) {
        Objects.requireNonNull(key, "key must not be null");
        if (!countsByKey.containsKey(key)) {
            countsByKey.put(key, new AtomicLong());
        }
        countsByKey.get(key).incrementAndGet();
    }

    public long get(String key) {
        Objects.requireNonNull(key, "key must not be null");
        AtomicLong count = countsByKey.get(key);
        return count == null ? 0 : count.get();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new HashMap<>();
        countsByKey.forEach((key, count) -> copy.put(key, count.get()));
        return Map.copyOf(copy);
    }
}
