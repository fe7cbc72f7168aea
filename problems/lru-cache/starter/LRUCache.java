class LRUCache {

    public LRUCache(int capacity) {
    }

    public int get(int key) {
        // Return the value for key, or -1 when it is absent.
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void put(int key, int value) {
        // Insert or update key; evict the least recently used key when over capacity.
        throw new UnsupportedOperationException("not implemented yet");
    }
}
