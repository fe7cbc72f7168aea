import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsistentHashRingSampleTest {

    @Test
    @DisplayName("sample: FNV-1a test vectors")
    void hashVectors() {
        assertEquals(2166136261L, ConsistentHashRing.hash(""), "hash(\"\")");
        assertEquals(3826002220L, ConsistentHashRing.hash("a"), "hash(\"a\")");
        assertEquals(3214735720L, ConsistentHashRing.hash("foobar"), "hash(\"foobar\")");
    }

    @Test
    @DisplayName("sample: the statement example")
    void statementExample() {
        ConsistentHashRing ring = new ConsistentHashRing(3);
        assertEquals(Optional.empty(), ring.nodeFor("user:0"), "empty ring");
        ring.addNode("cache-a");
        ring.addNode("cache-b");
        ring.addNode("cache-c");
        assertEquals(Optional.of("cache-c"), ring.nodeFor("user:0"), "user:0");
        assertEquals(Optional.of("cache-b"), ring.nodeFor("user:128"), "user:128");
        assertEquals(List.of("cache-b", "cache-a", "cache-c"), ring.nodesFor("user:128", 3), "nodesFor(user:128, 3)");
        assertEquals(Optional.of("cache-a"), ring.nodeFor("user:19"), "user:19");
        assertEquals(Optional.of("cache-c"), ring.nodeFor("user:10"), "user:10 wraps around");
    }

    @Test
    @DisplayName("sample: adding a node twice returns false")
    void addTwice() {
        ConsistentHashRing ring = new ConsistentHashRing(3);
        ring.addNode("cache-a");
        assertFalse(ring.addNode("cache-a"), "second addNode(cache-a)");
    }
}
