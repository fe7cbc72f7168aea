import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TrieHiddenTest {

    @Test
    @Tag("edge")
    @DisplayName("edge: empty trie finds nothing")
    void emptyTrie() {
        Trie trie = new Trie();
        assertFalse(trie.search("a"), "search(\"a\") on an empty trie");
        assertFalse(trie.startsWith("a"), "startsWith(\"a\") on an empty trie");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a prefix is not a word")
    void prefixIsNotWord() {
        Trie trie = new Trie();
        trie.insert("banana");
        assertFalse(trie.search("ban"), "search(\"ban\") after insert(\"banana\")");
        assertTrue(trie.startsWith("ban"), "startsWith(\"ban\") after insert(\"banana\")");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a word that is a prefix of an earlier word")
    void shorterWordInsertedLater() {
        Trie trie = new Trie();
        trie.insert("apple");
        trie.insert("app");
        assertTrue(trie.search("apple"), "search(\"apple\") after insert(\"apple\"), insert(\"app\")");
        assertTrue(trie.search("app"), "search(\"app\") after insert(\"apple\"), insert(\"app\")");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a whole word is its own prefix")
    void wordIsOwnPrefix() {
        Trie trie = new Trie();
        trie.insert("apple");
        assertTrue(trie.startsWith("apple"), "startsWith(\"apple\") after insert(\"apple\")");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicate inserts are harmless")
    void duplicateInserts() {
        Trie trie = new Trie();
        trie.insert("code");
        trie.insert("code");
        assertTrue(trie.search("code"), "search(\"code\") after inserting it twice");
        assertFalse(trie.search("cod"), "search(\"cod\") after inserting \"code\" twice");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: longer than any stored word")
    void longerThanStored() {
        Trie trie = new Trie();
        trie.insert("apple");
        assertFalse(trie.search("applesauce"), "search(\"applesauce\") after insert(\"apple\")");
        assertFalse(trie.startsWith("applesauce"), "startsWith(\"applesauce\") after insert(\"apple\")");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: independent instances")
    void independentInstances() {
        Trie first = new Trie();
        Trie second = new Trie();
        first.insert("shared");
        second.insert("other");
        assertFalse(second.search("shared"), "a second Trie must not see \"shared\" inserted into the first");
        assertFalse(second.startsWith("sh"), "a second Trie must not see prefixes of the first");
        assertFalse(first.search("other"), "the first Trie must not see \"other\" inserted into the second");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single-letter words")
    void singleLetters() {
        Trie trie = new Trie();
        trie.insert("a");
        assertTrue(trie.search("a"), "search(\"a\") after insert(\"a\")");
        assertTrue(trie.startsWith("a"), "startsWith(\"a\") after insert(\"a\")");
        assertFalse(trie.search("b"), "search(\"b\") after insert(\"a\")");
        assertFalse(trie.startsWith("ab"), "startsWith(\"ab\") after insert(\"a\")");
    }

    @Test
    @DisplayName("branching words share a prefix")
    void branchingWords() {
        Trie trie = new Trie();
        for (String word : List.of("car", "cart", "care", "cat")) {
            trie.insert(word);
        }
        assertTrue(trie.search("cart"), "search(\"cart\")");
        assertTrue(trie.search("cat"), "search(\"cat\")");
        assertFalse(trie.search("ca"), "search(\"ca\")");
        assertFalse(trie.search("cars"), "search(\"cars\")");
        assertTrue(trie.startsWith("car"), "startsWith(\"car\")");
        assertFalse(trie.startsWith("cb"), "startsWith(\"cb\")");
    }

    @Test
    @DisplayName("words differing only in the last letter")
    void lastLetterDiffers() {
        Trie trie = new Trie();
        trie.insert("test");
        assertFalse(trie.search("tesz"), "search(\"tesz\") after insert(\"test\")");
        assertFalse(trie.startsWith("tesa"), "startsWith(\"tesa\") after insert(\"test\")");
    }

    @Test
    @DisplayName("every letter from a to z")
    void wholeAlphabet() {
        Trie trie = new Trie();
        trie.insert("abcdefghijklmnopqrstuvwxyz");
        trie.insert("zyxwvutsrqponmlkjihgfedcba");
        assertTrue(trie.search("zyxwvutsrqponmlkjihgfedcba"), "search of the reversed alphabet");
        assertTrue(trie.startsWith("abcdefghijklmnopqrstuvwxy"), "startsWith of the alphabet minus z");
        assertFalse(trie.search("zyxwvutsrqponmlkjihgfedcb"), "search of the reversed alphabet minus a");
    }

    @Test
    @DisplayName("a 2000-letter word")
    void longWord() {
        Trie trie = new Trie();
        String word = "ab".repeat(1000);
        trie.insert(word);
        assertTrue(trie.search(word), "search of the inserted 2000-letter word");
        assertFalse(trie.search(word.substring(1)), "search of that word minus its first letter");
        assertTrue(trie.startsWith(word.substring(0, 1999)), "startsWith of its first 1999 letters");
    }

    @Test
    @DisplayName("random operations on a 3-letter alphabet (seeded) match a set-based oracle")
    void randomSmallAlphabet() {
        runRandomOperations(new Random(42), 3, 6, 2000);
    }

    @Test
    @DisplayName("random operations on the full alphabet (seeded) match a set-based oracle")
    void randomFullAlphabet() {
        runRandomOperations(new Random(7), 26, 4, 3000);
    }

    @Test
    @DisplayName("random operations on two tries at once (seeded) match set-based oracles")
    void randomTwoTries() {
        Random random = new Random(99);
        Trie[] tries = {new Trie(), new Trie()};
        List<Set<String>> words = List.of(new HashSet<>(), new HashSet<>());
        for (int step = 0; step < 2000; step++) {
            int which = random.nextInt(2);
            String text = randomText(random, 1 + random.nextInt(4), 2);
            checkOperation(random.nextInt(3), tries[which], words.get(which), text, "trie " + which + ", step " + step);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 15000 words behind a shared 40-letter prefix, 45000 calls")
    void perfManyWords() {
        Random random = new Random(2024);
        String shared = "interviewpreparationisaboutpracticetimed";
        Trie trie = new Trie();
        List<String> tails = new ArrayList<>();
        for (int i = 0; i < 15_000; i++) {
            String tail = randomText(random, 8, 25);
            tails.add(tail);
            trie.insert(shared + tail);
        }
        int found = 0;
        for (int i = 0; i < 15_000; i++) {
            String tail = tails.get(random.nextInt(tails.size()));
            found += trie.startsWith(shared + tail.substring(0, 4)) ? 1 : 0;
            found += trie.startsWith(shared + tail.substring(0, 3) + "z") ? 0 : 1;
            found += trie.search(shared + tail.substring(0, 7)) ? 0 : 1;
        }
        assertEquals(45_000, found, "every call should have been answered correctly");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 1000 words of 2000 letters sharing 1990, 3000 calls")
    void perfLongWords() {
        Random random = new Random(2025);
        String shared = "ab".repeat(995);
        Trie trie = new Trie();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String word = shared + randomText(random, 10, 25);
            words.add(word);
            trie.insert(word);
        }
        int correct = 0;
        for (int i = 0; i < 1000; i++) {
            String word = words.get(random.nextInt(words.size()));
            correct += trie.search(word) ? 1 : 0;
            correct += trie.startsWith(word.substring(0, 1995)) ? 1 : 0;
            correct += trie.startsWith(word.substring(0, 1994) + "z") ? 0 : 1;
        }
        assertEquals(3000, correct, "every call should have been answered correctly");
    }

    private static void runRandomOperations(Random random, int alphabet, int maxLength, int steps) {
        Trie trie = new Trie();
        Set<String> words = new HashSet<>();
        for (int step = 0; step < steps; step++) {
            String text = randomText(random, 1 + random.nextInt(maxLength), alphabet);
            checkOperation(random.nextInt(3), trie, words, text, "step " + step);
        }
    }

    /** Applies insert (0), search (1) or startsWith (2) to the trie and to the oracle set, and compares. */
    private static void checkOperation(int operation, Trie trie, Set<String> words, String text, String label) {
        if (operation == 0) {
            trie.insert(text);
            words.add(text);
        } else if (operation == 1) {
            assertEquals(words.contains(text), trie.search(text), label + ": search(\"" + text + "\")");
        } else {
            boolean expected = words.stream().anyMatch(word -> word.startsWith(text));
            assertEquals(expected, trie.startsWith(text), label + ": startsWith(\"" + text + "\")");
        }
    }

    private static String randomText(Random random, int length, int alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(alphabet)));
        }
        return text.toString();
    }
}
