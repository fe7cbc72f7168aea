import java.util.List;
import java.util.Optional;
import java.util.Set;

public class ConsistentHashRing {

    public ConsistentHashRing(int virtualNodesPerNode) {
    }

    public static long hash(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean addNode(String node) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean removeNode(String node) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Set<String> nodes() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Optional<String> nodeFor(String key) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public List<String> nodesFor(String key, int count) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
