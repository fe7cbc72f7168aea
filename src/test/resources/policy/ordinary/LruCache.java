import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** LRU cache twice: LinkedHashMap with removeEldestEntry, and a hand-made doubly linked list. */
class LruCache<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    LruCache(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }

    static final class Manual {
        private static final class Node {
            final int key;
            int value;
            Node prev;
            Node next;

            Node(int key, int value) {
                this.key = key;
                this.value = value;
            }
        }

        private final Map<Integer, Node> nodes = new HashMap<>();
        private final Node head = new Node(0, 0);
        private final Node tail = new Node(0, 0);
        private final int capacity;

        Manual(int capacity) {
            this.capacity = capacity;
            head.next = tail;
            tail.prev = head;
        }

        int get(int key) {
            Node node = nodes.get(key);
            if (node == null) {
                return -1;
            }
            unlink(node);
            pushFront(node);
            return node.value;
        }

        void put(int key, int value) {
            Node node = nodes.get(key);
            if (node != null) {
                node.value = value;
                unlink(node);
                pushFront(node);
                return;
            }
            if (nodes.size() == capacity) {
                Node last = tail.prev;
                unlink(last);
                nodes.remove(last.key);
            }
            Node fresh = new Node(key, value);
            nodes.put(key, fresh);
            pushFront(fresh);
        }

        private void unlink(Node node) {
            node.prev.next = node.next;
            node.next.prev = node.prev;
        }

        private void pushFront(Node node) {
            node.next = head.next;
            node.prev = head;
            head.next.prev = node;
            head.next = node;
        }
    }
}
