import java.util.LinkedHashMap;
import java.util.Map;

// Bug: removeEldestEntry runs after the insertion, so ">=" evicts as soon as the cache reaches its
// capacity: it only ever holds capacity - 1 keys (and nothing at capacity 1).
class LRUCache extends LinkedHashMap<Integer, Integer> {
    private final int capacity;

    public LRUCache(int capacity) {
        super(capacity, 0.75f, true);
        this.capacity = capacity;
    }

    public int get(int key) {
        return super.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        super.put(key, value);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
        return size() >= capacity;
    }
}
