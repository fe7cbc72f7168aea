import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConsistentHashRingHiddenTest {

    // cache-9384#r and cache-15948#(r + 14) hash to the same position for r = 0, 1.
    private static final String COLLIDING_A = "cache-9384";
    private static final String COLLIDING_B = "cache-15948";

    private static ConsistentHashRing exampleRing() {
        ConsistentHashRing ring = new ConsistentHashRing(3);
        ring.addNode("cache-a");
        ring.addNode("cache-b");
        ring.addNode("cache-c");
        return ring;
    }

    /**
     * The returned names as a sorted list of real strings. Comparing the returned set with Set.of(...) asks each of
     * ITS elements whether it equals a name, so a set of objects whose equals() always says yes passed as any nodes.
     * The loop's cast refuses anything that is not a String, and List.equals asks the expected names.
     */
    private static List<String> sortedNames(Collection<String> names) {
        List<String> sorted = new ArrayList<>();
        for (String name : names) {
            sorted.add(name);
        }
        Collections.sort(sorted);
        return sorted;
    }

    private static void assertIllegal(String word, Executable call, String what) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, call, what);
        assertTrue(String.valueOf(thrown.getMessage()).contains(word),
                what + ": message should contain " + word + ": " + thrown.getMessage());
    }

    private static void assertNullPointer(Executable call, String what) {
        NullPointerException thrown = assertThrows(NullPointerException.class, call, what);
        assertNotNull(thrown.getMessage(), what + ": exception needs a message");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: an empty ring")
    void emptyRing() {
        ConsistentHashRing ring = new ConsistentHashRing(10);
        assertEquals(Optional.empty(), ring.nodeFor("anything"), "nodeFor on an empty ring");
        assertEquals(List.of(), ring.nodesFor("anything", 3), "nodesFor on an empty ring");
        assertEquals(List.of(), sortedNames(ring.nodes()), "nodes of an empty ring");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single node owns every key")
    void singleNode() {
        ConsistentHashRing ring = new ConsistentHashRing(1);
        ring.addNode("only");
        for (String key : List.of("", "a", "user:10", "\u65e5\u672c", "zzzzzzzz")) {
            assertEquals(Optional.of("only"), ring.nodeFor(key), "nodeFor(\"" + key + "\")");
        }
        assertEquals(List.of("only"), ring.nodesFor("user:1", 3), "nodesFor with count 3 and one node");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: keys past the largest position wrap around")
    void wrapAround() {
        ConsistentHashRing ring = exampleRing();
        assertEquals(Optional.of("cache-c"), ring.nodeFor("user:10"), "user:10 (3143895329)");
        assertEquals(Optional.of("cache-c"), ring.nodeFor("a"), "a (3826002220)");
        assertEquals(List.of("cache-a", "cache-c", "cache-b"), ring.nodesFor("user:19", 3),
                "nodesFor(user:19) wraps after cache-a#2");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a key exactly on a position belongs to it")
    void exactPosition() {
        ConsistentHashRing ring = exampleRing();
        assertEquals(Optional.of("cache-b"), ring.nodeFor("cache-b#1"), "key cache-b#1 sits on cache-b#1");
        assertEquals(Optional.of("cache-a"), ring.nodeFor("cache-a#2"), "key cache-a#2 sits on the largest position");
        assertEquals(Optional.of("cache-c"), ring.nodeFor("cache-c#2"), "key cache-c#2 sits on the smallest position");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: hashes above 2^31 are unsigned")
    void unsignedHashes() {
        assertEquals(3948273343L, ConsistentHashRing.hash("cache-9384#0"), "hash(cache-9384#0)");
        assertEquals(4245442695L, ConsistentHashRing.hash("x"), "hash(x)");
        assertEquals(1813662008L, ConsistentHashRing.hash("user:0"), "hash(user:0)");
        ConsistentHashRing ring = exampleRing();
        assertEquals(Optional.of("cache-c"), ring.nodeFor("user:0"), "user:0 below every position above 2^31");
        assertEquals(Optional.of("cache-a"), ring.nodeFor("user:19"), "user:19 just below cache-a#2");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: non-ASCII text hashes its UTF-8 bytes")
    void utf8() {
        assertEquals(295556170L, ConsistentHashRing.hash("\u00fc"), "hash(\"\u00fc\")");
        assertEquals(2670128721L, ConsistentHashRing.hash("\u65e5\u672c"), "hash(\"\u65e5\u672c\")");
        assertEquals(3258992981L, ConsistentHashRing.hash("\u20acuro"), "hash(\"\u20acuro\")");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: two nodes sharing a position")
    void sharedPosition() {
        assertEquals(ConsistentHashRing.hash(COLLIDING_A + "#0"), ConsistentHashRing.hash(COLLIDING_B + "#14"),
                "test setup: colliding virtual nodes");
        for (boolean aFirst : new boolean[] {true, false}) {
            ConsistentHashRing ring = new ConsistentHashRing(16);
            ring.addNode(aFirst ? COLLIDING_A : COLLIDING_B);
            ring.addNode(aFirst ? COLLIDING_B : COLLIDING_A);
            String order = aFirst ? " (9384 added first)" : " (15948 added first)";
            assertEquals(Optional.of(COLLIDING_B), ring.nodeFor(COLLIDING_A + "#0"),
                    "shared position: smaller name cache-15948 owns it" + order);
            assertEquals(List.of(COLLIDING_B, COLLIDING_A), ring.nodesFor(COLLIDING_A + "#0", 2),
                    "both nodes at the shared position, by name" + order);
        }
        ConsistentHashRing ring = new ConsistentHashRing(16);
        ring.addNode(COLLIDING_A);
        ring.addNode(COLLIDING_B);
        ring.removeNode(COLLIDING_A);
        assertEquals(Optional.of(COLLIDING_B), ring.nodeFor(COLLIDING_A + "#1"),
                "removing cache-9384 keeps cache-15948's shared position");
        ring.addNode(COLLIDING_A);
        ring.removeNode(COLLIDING_B);
        assertEquals(Optional.of(COLLIDING_A), ring.nodeFor(COLLIDING_A + "#1"),
                "after removing cache-15948, cache-9384 owns the shared position");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: add twice, remove absent, remove the last node")
    void addRemoveEdges() {
        ConsistentHashRing ring = new ConsistentHashRing(5);
        assertTrue(ring.addNode("n1"), "first addNode(n1)");
        assertFalse(ring.addNode("n1"), "second addNode(n1)");
        assertFalse(ring.removeNode("n2"), "removeNode of an absent node");
        assertEquals(List.of("n1"), sortedNames(ring.nodes()), "nodes");
        assertTrue(ring.removeNode("n1"), "removeNode(n1)");
        assertFalse(ring.removeNode("n1"), "removeNode(n1) again");
        assertEquals(Optional.empty(), ring.nodeFor("k"), "nodeFor after removing the last node");
        assertTrue(ring.addNode("n1"), "addNode(n1) after removal");
        assertEquals(Optional.of("n1"), ring.nodeFor("k"), "nodeFor after adding back");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: nodesFor skips repeated nodes and caps at the node count")
    void nodesForDistinct() {
        ConsistentHashRing ring = new ConsistentHashRing(50);
        ring.addNode("east");
        ring.addNode("west");
        assertEquals(2, ring.nodesFor("key-1", 2).size(), "two distinct replicas out of 100 positions");
        assertEquals(2, ring.nodesFor("key-1", 5).size(), "count 5 with 2 nodes");
        assertEquals(List.of("east", "west"), sortedNames(ring.nodesFor("key-1", 5)), "both nodes");
        assertEquals(ring.nodeFor("key-1").orElseThrow(), ring.nodesFor("key-1", 1).get(0), "first replica = owner");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid arguments")
    void invalidArguments() {
        assertIllegal("virtualNodesPerNode", () -> new ConsistentHashRing(0), "V = 0");
        assertIllegal("virtualNodesPerNode", () -> new ConsistentHashRing(10_001), "V = 10001");
        ConsistentHashRing ring = exampleRing();
        assertNullPointer(() -> ring.addNode(null), "addNode(null)");
        assertNullPointer(() -> ring.removeNode(null), "removeNode(null)");
        assertNullPointer(() -> ring.nodeFor(null), "nodeFor(null)");
        assertNullPointer(() -> ring.nodesFor(null, 1), "nodesFor(null, 1)");
        assertNullPointer(() -> ConsistentHashRing.hash(null), "hash(null)");
        assertThrows(IllegalArgumentException.class, () -> ring.addNode("  "), "addNode(blank)");
        assertIllegal("count", () -> ring.nodesFor("k", 0), "nodesFor(k, 0)");
        assertEquals(List.of("cache-a", "cache-b", "cache-c"), sortedNames(ring.nodes()), "failed calls change nothing");
    }

    @Test
    @DisplayName("nodes() cannot be used to change the ring")
    void nodesSnapshot() {
        ConsistentHashRing ring = exampleRing();
        Set<String> nodes = ring.nodes();
        try {
            nodes.add("intruder");
        } catch (UnsupportedOperationException expected) {
            // an unmodifiable view is fine too
        }
        assertEquals(List.of("cache-a", "cache-b", "cache-c"), sortedNames(ring.nodes()),
                "nodes after changing the returned set");
        assertEquals(Optional.of("cache-c"), ring.nodeFor("user:0"), "lookups after changing the returned set");
    }

    @Test
    @DisplayName("with one virtual node, positions are hash(node + \"#0\")")
    void oneVirtualNode() {
        ConsistentHashRing ring = new ConsistentHashRing(1);
        ring.addNode("alpha");
        ring.addNode("beta");
        long alpha = ConsistentHashRing.hash("alpha#0");
        long beta = ConsistentHashRing.hash("beta#0");
        String lowerNode = alpha < beta ? "alpha" : "beta";
        String upperNode = alpha < beta ? "beta" : "alpha";
        long lower = Math.min(alpha, beta);
        long upper = Math.max(alpha, beta);
        for (int i = 0; i < 500; i++) {
            String key = "key-" + i;
            long position = ConsistentHashRing.hash(key);
            String expected = position > lower && position <= upper ? upperNode : lowerNode;
            assertEquals(Optional.of(expected), ring.nodeFor(key), key + " at " + position + " (alpha#0=" + alpha
                    + ", beta#0=" + beta + ")");
        }
    }

    @Test
    @DisplayName("adding a node only moves keys to the new node, removing it moves them back")
    void minimalMovement() {
        ConsistentHashRing ring = new ConsistentHashRing(100);
        for (int i = 0; i < 8; i++) {
            ring.addNode("node-" + i);
        }
        Map<String, String> before = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            before.put("key-" + i, ring.nodeFor("key-" + i).orElseThrow());
        }
        ring.addNode("node-new");
        int moved = 0;
        for (Map.Entry<String, String> entry : before.entrySet()) {
            String now = ring.nodeFor(entry.getKey()).orElseThrow();
            if (!now.equals(entry.getValue())) {
                assertEquals("node-new", now, entry.getKey() + " may only move to the new node");
                moved++;
            }
        }
        assertTrue(moved > 0, "some keys move to the new node");
        ring.removeNode("node-new");
        before.forEach((key, owner) -> assertEquals(Optional.of(owner), ring.nodeFor(key), key + " after removal"));
    }

    // ---- oracle: a plain list of (position, node) pairs scanned linearly ----

    private static long fnv(String text) {
        int hash = 0x811C9DC5;
        for (byte octet : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= octet & 0xFF;
            hash *= 0x01000193;
        }
        return Integer.toUnsignedLong(hash);
    }

    /** Every position of every candidate node, sorted by position, then node name. */
    private static List<Object[]> oracleRing(List<String> nodes, int virtualNodes) {
        List<Object[]> entries = new ArrayList<>();
        for (String node : nodes) {
            for (int replica = 0; replica < virtualNodes; replica++) {
                entries.add(new Object[] {fnv(node + "#" + replica), node});
            }
        }
        entries.sort((left, right) -> {
            int byPosition = Long.compare((Long) left[0], (Long) right[0]);
            return byPosition != 0 ? byPosition : ((String) left[1]).compareTo((String) right[1]);
        });
        return entries;
    }

    /**
     * The first {@code count} distinct present nodes met walking clockwise from the key's hash: the entries
     * at or after it, then the ones before it. Entries of nodes not on the ring are skipped.
     */
    private static List<String> oracleWalk(List<Object[]> entries, Set<String> present, String key, int count) {
        long start = fnv(key);
        int wanted = Math.min(count, present.size());
        List<String> walk = new ArrayList<>();
        for (int pass = 0; pass < 2 && walk.size() < wanted; pass++) {
            for (Object[] entry : entries) {
                boolean afterStart = (Long) entry[0] >= start;
                String node = (String) entry[1];
                if (afterStart == (pass == 0) && present.contains(node) && !walk.contains(node)) {
                    walk.add(node);
                    if (walk.size() == wanted) {
                        break;
                    }
                }
            }
        }
        return walk;
    }

    @Test
    @DisplayName("random: 30 rings with adds and removes against a linear-scan oracle")
    void randomisedDifferential() {
        Random random = new Random(42);
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            candidates.add("srv-" + i);
        }
        for (int round = 0; round < 30; round++) {
            int virtualNodes = 1 + random.nextInt(20);
            ConsistentHashRing ring = new ConsistentHashRing(virtualNodes);
            List<Object[]> entries = oracleRing(candidates, virtualNodes);
            List<String> present = new ArrayList<>();
            for (int op = 0; op < 12; op++) {
                String node = "srv-" + random.nextInt(10);
                if (random.nextInt(3) == 0 && present.contains(node)) {
                    assertTrue(ring.removeNode(node), "removeNode(" + node + ") round " + round);
                    present.remove(node);
                } else {
                    assertEquals(!present.contains(node), ring.addNode(node), "addNode(" + node + ") round " + round);
                    if (!present.contains(node)) {
                        present.add(node);
                    }
                }
                for (int query = 0; query < 5; query++) {
                    String key = random.nextBoolean() ? "k" + random.nextInt(100_000) : "\u00e9" + random.nextInt(999);
                    int count = 1 + random.nextInt(4);
                    List<String> walk = oracleWalk(entries, new HashSet<>(present), key, count);
                    Optional<String> owner = walk.stream().findFirst();
                    Optional<String> nodeFor = ring.nodeFor(key);
                    if (!owner.equals(nodeFor)) {
                        assertEquals(owner, nodeFor, "nodeFor" + where(key, round, present, virtualNodes));
                    }
                    List<String> nodesFor = ring.nodesFor(key, count);
                    if (!walk.equals(nodesFor)) {
                        assertEquals(walk, nodesFor, "nodesFor(" + count + ")" + where(key, round, present, virtualNodes));
                    }
                }
            }
        }
    }

    private static String where(String key, int round, List<String> present, int virtualNodes) {
        return " for " + key + " (round " + round + ", nodes " + present + ", V " + virtualNodes + ")";
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 24000 lookups on a ring of 24000 positions")
    void manyLookups() {
        // Building the ring and 24,000 O(log P) lookups take ~50 ms in a cold JVM; scanning the ring for each
        // key walks ~288 million positions (seconds).
        ConsistentHashRing ring = new ConsistentHashRing(500);
        for (int i = 0; i < 48; i++) {
            ring.addNode("node-" + i);
        }
        Map<String, Integer> load = new HashMap<>();
        for (int i = 0; i < 24_000; i++) {
            load.merge(ring.nodeFor("request-" + i).orElseThrow(), 1, Integer::sum);
        }
        assertEquals(48, load.size(), "every node owns some keys");
        assertEquals(3, ring.nodesFor("request-1", 3).size(), "three replicas");
    }
}
