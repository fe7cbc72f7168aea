// The bank's accepted ring, but nodes() returns as many objects as there are nodes, none of them a name, each claiming
// to equal anything: Set.of("n1").equals(result) asks each element of the result, so it passed as ACCEPTED (15/15).
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Consistent hashing with virtual nodes on a 32-bit FNV-1a ring; positions live in a sorted map. */
public class ConsistentHashRing {

    private static final int FNV_OFFSET_BASIS = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int BYTE_MASK = 0xFF;
    private static final int MAX_VIRTUAL_NODES = 10_000;

    private final int virtualNodesPerNode;
    private final Set<String> nodes = new HashSet<>();
    /** Position -> the nodes at that position, in name order (several nodes can hash to the same position). */
    private final TreeMap<Long, NavigableSet<String>> ring = new TreeMap<>();

    public ConsistentHashRing(int virtualNodesPerNode) {
        if (virtualNodesPerNode < 1 || virtualNodesPerNode > MAX_VIRTUAL_NODES) {
            throw new IllegalArgumentException("virtualNodesPerNode must be between 1 and " + MAX_VIRTUAL_NODES
                    + " but was " + virtualNodesPerNode);
        }
        this.virtualNodesPerNode = virtualNodesPerNode;
    }

    /** FNV-1a 32-bit over the UTF-8 bytes, as an unsigned value in [0, 2^32). */
    public static long hash(String text) {
        Objects.requireNonNull(text, "text to hash must not be null");
        int hash = FNV_OFFSET_BASIS;
        for (byte octet : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= octet & BYTE_MASK;
            hash *= FNV_PRIME;
        }
        return Integer.toUnsignedLong(hash);
    }

    public boolean addNode(String node) {
        Objects.requireNonNull(node, "node must not be null");
        if (node.isBlank()) {
            throw new IllegalArgumentException("node name must not be blank");
        }
        if (!nodes.add(node)) {
            return false;
        }
        for (int replica = 0; replica < virtualNodesPerNode; replica++) {
            ring.computeIfAbsent(position(node, replica), unused -> new TreeSet<>()).add(node);
        }
        return true;
    }

    public boolean removeNode(String node) {
        Objects.requireNonNull(node, "node must not be null");
        if (!nodes.remove(node)) {
            return false;
        }
        for (int replica = 0; replica < virtualNodesPerNode; replica++) {
            long position = position(node, replica);
            NavigableSet<String> owners = ring.get(position);
            owners.remove(node);
            if (owners.isEmpty()) {
                ring.remove(position);
            }
        }
        return true;
    }

    /** Not the node names: as many objects that claim to equal anything. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Set<String> nodes() {
        Set liars = new HashSet<>();
        for (int index = 0; index < nodes.size(); index++) {
            liars.add(new Liar(index));
        }
        return liars;
    }

    private static final class Liar {
        private final int id;

        Liar(int id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object other) {
            return true;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    public Optional<String> nodeFor(String key) {
        Objects.requireNonNull(key, "key must not be null");
        if (ring.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Long, NavigableSet<String>> owner = ring.ceilingEntry(hash(key));
        if (owner == null) {
            owner = ring.firstEntry(); // past the largest position: wrap around
        }
        return Optional.of(owner.getValue().first());
    }

    public List<String> nodesFor(String key, int count) {
        Objects.requireNonNull(key, "key must not be null");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1 but was " + count);
        }
        int wanted = Math.min(count, nodes.size());
        Set<String> replicas = new LinkedHashSet<>();
        long start = hash(key);
        // Clockwise: positions from the key's hash to the end, then from the start of the ring.
        collectDistinct(ring.tailMap(start, true).values(), replicas, wanted);
        collectDistinct(ring.headMap(start, false).values(), replicas, wanted);
        return new ArrayList<>(replicas);
    }

    private static void collectDistinct(Collection<NavigableSet<String>> positions, Set<String> replicas,
            int wanted) {
        for (NavigableSet<String> owners : positions) {
            for (String owner : owners) {
                if (replicas.size() == wanted) {
                    return;
                }
                replicas.add(owner);
            }
        }
    }

    private static long position(String node, int replica) {
        return hash(node + "#" + replica);
    }
}
