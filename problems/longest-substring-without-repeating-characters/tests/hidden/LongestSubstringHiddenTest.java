import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LongestSubstringHiddenTest {

    private static final int PERF_LENGTH = 100_000;
    private static final char FIRST_CJK = '\u4e00';

    private static String describe(String s) {
        return s.length() <= 40 ? "\"" + s + "\"" : "a string of " + s.length() + " characters";
    }

    private static void assertLongest(String s, int expected) {
        assertEquals(expected, new Solution().lengthOfLongestSubstring(s), "lengthOfLongestSubstring(" + describe(s) + ")");
    }

    /** Brute-force oracle: checks every substring for a repeated character. */
    private static int oracle(String s) {
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            for (int j = i + 1; j <= s.length(); j++) {
                Set<Character> seen = new HashSet<>();
                boolean distinct = true;
                for (int k = i; k < j && distinct; k++) {
                    distinct = seen.add(s.charAt(k));
                }
                if (distinct) {
                    best = Math.max(best, j - i);
                }
            }
        }
        return best;
    }

    private static void runRandom(Random random, int rounds, int maxLength, String alphabet) {
        for (int round = 0; round < rounds; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(maxLength + 1);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertLongest(s.toString(), oracle(s.toString()));
        }
    }

    @Test
    @DisplayName("example: \"pwwkew\"")
    void example() {
        assertLongest("pwwkew", 3);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty string")
    void emptyString() {
        assertLongest("", 0);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single character, and one character repeated")
    void singleCharacter() {
        assertLongest("x", 1);
        assertLongest("zzzzzz", 1);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: all characters different")
    void allDifferent() {
        assertLongest("abcdefghij", 10);
        assertLongest("qwerty123", 9);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: spaces and symbols")
    void spacesAndSymbols() {
        assertLongest(" ", 1);
        assertLongest("a b", 3);
        assertLongest("a  b", 2);
        assertLongest("!@#!@#$%", 5);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: upper and lower case differ")
    void caseSensitive() {
        assertLongest("aAbB", 4);
        assertLongest("aAa", 2);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: non-ASCII characters")
    void nonAscii() {
        assertLongest("日本語日本", 3);
        assertLongest("éeéè", 3);
        assertLongest("éeé", 2);
        assertLongest("жизнь", 5);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: repeat before the window (\"abba\")")
    void repeatBeforeWindow() {
        assertLongest("abba", 2);
        assertLongest("tmmzuxt", 5);
        assertLongest("abcbda", 4);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: longest run at the end")
    void longestAtEnd() {
        assertLongest("aab", 2);
        assertLongest("abcabcdefg", 7);
    }

    @Test
    @DisplayName("longest run in the middle")
    void longestInMiddle() {
        assertLongest("aabcdefaa", 6);
    }

    @Test
    @DisplayName("random strings over a small alphabet against brute force")
    void randomSmallAlphabet() {
        runRandom(new Random(42), 500, 12, "abc");
    }

    @Test
    @DisplayName("random strings over a larger alphabet against brute force")
    void randomLargerAlphabet() {
        runRandom(new Random(43), 300, 40, "abcdefghijklmnopqrstuvwxyz0123456789 ");
    }

    @Test
    @DisplayName("random mixed-script strings against brute force")
    void randomMixedScripts() {
        runRandom(new Random(44), 300, 25, "aAbB é日本ж!");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100 000 characters cycling through 20 000 different ones")
    void perfCycle() {
        int distinct = 20_000;
        StringBuilder s = new StringBuilder(PERF_LENGTH);
        for (int i = 0; i < PERF_LENGTH; i++) {
            s.append((char) (FIRST_CJK + i % distinct));
        }
        assertLongest(s.toString(), distinct);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 60 000 different characters")
    void perfAllDifferent() {
        int length = 60_000;
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (0x0100 + i));
        }
        assertLongest(s.toString(), length);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100 000 characters with one long distinct run")
    void perfOneLongRun() {
        // "abab...ab" + 30 000 different characters + "ccc...c": the best run is "ab" + all 30 000 + one "c".
        StringBuilder s = new StringBuilder(PERF_LENGTH);
        s.append("ab".repeat(20_000));
        for (int i = 0; i < 30_000; i++) {
            s.append((char) (FIRST_CJK + i));
        }
        s.append("c".repeat(PERF_LENGTH - s.length()));
        assertLongest(s.toString(), 2 + 30_000 + 1);
    }
}
