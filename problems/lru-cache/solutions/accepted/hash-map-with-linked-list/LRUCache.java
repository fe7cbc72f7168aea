import java.util.HashMap;
import java.util.Map;

/**
 * A hash map finds a key's node in O(1); a doubly linked list keeps the nodes in recency order, most recent
 * first, so moving a node to the front and evicting from the back are O(1) too. Two sentinel nodes remove
 * the special cases for an empty list.
 */
class LRUCache {
    private static final int MISSING = -1;

    private final int capacity;
    private final Map<Integer, Node> nodesByKey = new HashMap<>();
    private final Node mostRecentSentinel = new Node(0, 0);
    private final Node leastRecentSentinel = new Node(0, 0);

    public LRUCache(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        mostRecentSentinel.next = leastRecentSentinel;
        leastRecentSentinel.previous = mostRecentSentinel;
    }

    public int get(int key) {
        Node node = nodesByKey.get(key);
        if (node == null) {
            return MISSING;
        }
        moveToFront(node);
        return node.value;
    }

    public void put(int key, int value) {
        Node existing = nodesByKey.get(key);
        if (existing != null) {
            existing.value = value;
            moveToFront(existing);
            return;
        }
        if (nodesByKey.size() == capacity) {
            evictLeastRecentlyUsed();
        }
        Node node = new Node(key, value);
        nodesByKey.put(key, node);
        insertAtFront(node);
    }

    private void evictLeastRecentlyUsed() {
        Node leastRecent = leastRecentSentinel.previous;
        unlink(leastRecent);
        nodesByKey.remove(leastRecent.key);
    }

    private void moveToFront(Node node) {
        unlink(node);
        insertAtFront(node);
    }

    private void insertAtFront(Node node) {
        node.previous = mostRecentSentinel;
        node.next = mostRecentSentinel.next;
        mostRecentSentinel.next.previous = node;
        mostRecentSentinel.next = node;
    }

    private void unlink(Node node) {
        node.previous.next = node.next;
        node.next.previous = node.previous;
    }

    /** One cache entry, linked to its neighbours in recency order. */
    private static final class Node {
        private final int key;
        private int value;
        private Node previous;
        private Node next;

        Node(int key, int value) {
            this.key = key;
            this.value = value;
        }
    }
}
