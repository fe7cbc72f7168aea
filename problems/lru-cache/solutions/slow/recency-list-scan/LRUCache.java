import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Correct but O(capacity) per call: keeps the keys in a list ordered by recency and removes a key by
// scanning for it.
class LRUCache {
    private final int capacity;
    private final Map<Integer, Integer> values = new HashMap<>();
    private final List<Integer> recency = new ArrayList<>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        if (!values.containsKey(key)) {
            return -1;
        }
        touch(key);
        return values.get(key);
    }

    public void put(int key, int value) {
        if (!values.containsKey(key) && values.size() == capacity) {
            values.remove(recency.remove(0));
        }
        values.put(key, value);
        touch(key);
    }

    private void touch(int key) {
        recency.remove(Integer.valueOf(key));
        recency.add(key);
    }
}
