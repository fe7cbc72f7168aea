class Trie {
    private final Trie[] children = new Trie[26];
    private boolean end;

    public Trie() {
    }

    public void insert(String word) {
        Trie node = this;
        for (char c : word.toCharArray()) {
            node.children[c - 'a'] = new Trie(); // should only create the child when it is missing
            node = node.children[c - 'a'];
        }
        node.end = true;
    }

    public boolean search(String word) {
        Trie node = walk(word);
        return node != null && node.end;
    }

    public boolean startsWith(String prefix) {
        return walk(prefix) != null;
    }

    private Trie walk(String s) {
        Trie node = this;
        for (char c : s.toCharArray()) {
            node = node.children[c - 'a'];
            if (node == null) return null;
        }
        return node;
    }
}
