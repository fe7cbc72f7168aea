import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-key counters in a ConcurrentHashMap. {@code computeIfAbsent} creates each key's counter exactly once,
 * even when several threads touch a new key at the same moment, and a LongAdder makes the increment itself
 * atomic while spreading contention on a hot key across cells.
 */
public class KeyedCounter {

    private final ConcurrentMap<String, LongAdder> countersByKey = new ConcurrentHashMap<>();

    public void increment(String key) {
        Objects.requireNonNull(key, "key must not be null");
        countersByKey.computeIfAbsent(key, newKey -> new LongAdder()).increment();
    }

    public long get(String key) {
        Objects.requireNonNull(key, "key must not be null");
        LongAdder counter = countersByKey.get(key);
        return counter == null ? 0 : counter.sum();
    }

    /** Weakly consistent: each key's count is read once, at some moment during this call. */
    public Map<String, Long> snapshot() {
        Map<String, Long> countsByKey = new HashMap<>();
        countersByKey.forEach((key, counter) -> countsByKey.put(key, counter.sum()));
        return Map.copyOf(countsByKey);
    }
}
