import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrieSampleTest {

    @Test
    @DisplayName("example: search finds an inserted word")
    void searchInsertedWord() {
        Trie trie = new Trie();
        trie.insert("apple");
        assertTrue(trie.search("apple"), "search(\"apple\") after insert(\"apple\")");
    }

    @Test
    @DisplayName("example: a prefix is not a word, but startsWith finds it")
    void prefixIsNotAWord() {
        Trie trie = new Trie();
        trie.insert("apple");
        assertFalse(trie.search("app"), "search(\"app\") after insert(\"apple\")");
        assertTrue(trie.startsWith("app"), "startsWith(\"app\") after insert(\"apple\")");
    }

    @Test
    @DisplayName("example: inserting the prefix makes it a word")
    void insertPrefixLater() {
        Trie trie = new Trie();
        trie.insert("apple");
        trie.insert("app");
        assertTrue(trie.search("app"), "search(\"app\") after insert(\"apple\"), insert(\"app\")");
    }
}
