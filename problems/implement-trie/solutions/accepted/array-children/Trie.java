import java.util.Objects;

class Trie {

    private static final int ALPHABET_SIZE = 26;

    private final TrieNode root = new TrieNode();

    public Trie() {
        // an empty trie is just its root
    }

    public void insert(String word) {
        Objects.requireNonNull(word, "word must not be null");
        TrieNode node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.childOrCreate(word.charAt(i));
        }
        node.endsWord = true;
    }

    public boolean search(String word) {
        Objects.requireNonNull(word, "word must not be null");
        TrieNode node = findNode(word);
        return node != null && node.endsWord;
    }

    public boolean startsWith(String prefix) {
        Objects.requireNonNull(prefix, "prefix must not be null");
        return findNode(prefix) != null;
    }

    /** Follows the letters of text from the root; null as soon as no stored word continues that way. */
    private TrieNode findNode(String text) {
        TrieNode node = root;
        for (int i = 0; i < text.length() && node != null; i++) {
            node = node.child(text.charAt(i));
        }
        return node;
    }

    private static int slotOf(char letter) {
        if (letter < 'a' || letter > 'z') {
            throw new IllegalArgumentException("only lowercase letters a-z are supported, got '" + letter + "'");
        }
        return letter - 'a';
    }

    /** One node per distinct prefix; endsWord marks prefixes that were inserted as whole words. */
    private static final class TrieNode {
        private final TrieNode[] children = new TrieNode[ALPHABET_SIZE];
        private boolean endsWord;

        TrieNode child(char letter) {
            return children[slotOf(letter)];
        }

        TrieNode childOrCreate(char letter) {
            int slot = slotOf(letter);
            if (children[slot] == null) {
                children[slot] = new TrieNode();
            }
            return children[slot];
        }
    }
}
