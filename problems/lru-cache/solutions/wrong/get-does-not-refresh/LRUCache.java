import java.util.LinkedHashMap;
import java.util.Map;

// Bug: LinkedHashMap in insertion order (accessOrder not set), so get does not count as a use and
// the cache evicts in FIFO order.
class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> map;

    public LRUCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
                return size() > LRUCache.this.capacity;
            }
        };
    }

    public int get(int key) {
        return map.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        map.remove(key);
        map.put(key, value);
    }
}
