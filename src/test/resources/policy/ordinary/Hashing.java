import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Consistent hashing ring: TreeMap tailMap, String.hashCode, getBytes with a charset, bit mixing. */
class Hashing {
    private final SortedMap<Integer, String> ring = new TreeMap<>();
    private final int replicas;

    Hashing(int replicas) {
        this.replicas = replicas;
    }

    void add(String node) {
        for (int i = 0; i < replicas; i++) {
            ring.put(hash(node + "#" + i), node);
        }
    }

    String nodeFor(String key) {
        if (ring.isEmpty()) {
            throw new IllegalStateException("no nodes");
        }
        SortedMap<Integer, String> tail = ring.tailMap(hash(key));
        return tail.isEmpty() ? ring.get(ring.firstKey()) : tail.get(tail.firstKey());
    }

    static int hash(String key) {
        int h = 0x811c9dc5;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    static Map<String, Integer> histogram(Iterable<String> keys, Hashing ring) {
        Map<String, Integer> counts = new TreeMap<>();
        keys.forEach(key -> counts.merge(ring.nodeFor(key), 1, Integer::sum));
        return counts;
    }
}
