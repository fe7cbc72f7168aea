class Trie {

    public Trie() {
    }

    public void insert(String word) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean search(String word) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean startsWith(String prefix) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
