import java.util.Map;

public class KeyedCounter {

    /** Adds one to the count of {@code key}. Safe to call from many threads at once. */
    public void increment(String key) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The current count of {@code key}; 0 for a key never incremented. */
    public long get(String key) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** An unmodifiable copy of all counts, unaffected by later increments. */
    public Map<String, Long> snapshot() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
