import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MinimumWindowHiddenTest {

    private static void check(String expected, String text, String required) {
        String shownText = text.length() > 40 ? text.substring(0, 40) + "... (" + text.length() + " chars)" : text;
        String shownRequired = required.length() > 40 ? required.length() + " chars" : required;
        String actual = new Solution().minWindow(text, required);
        if (expected.length() > 60) {
            assertEquals(expected.length(), actual == null ? -1 : actual.length(),
                    "window length for s = \"" + shownText + "\", t = " + shownRequired);
        }
        assertEquals(expected, actual, "s = \"" + shownText + "\", t = \"" + shownRequired + "\"");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: t longer than s")
    void requiredLongerThanText() {
        check("", "abc", "abcd");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a character of t is missing from s")
    void missingCharacter() {
        check("", "ADOBECODEBANC", "ABZ");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicates in t must all be matched")
    void duplicatesInRequired() {
        check("aa", "aab", "aa");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: t needs 200 copies of one letter")
    void manyCopiesOfOneLetter() {
        check("a".repeat(200), "b" + "a".repeat(200) + "c", "a".repeat(200));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: not enough copies of a duplicated character")
    void notEnoughCopies() {
        check("", "abcab", "aaa");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: case-sensitive matching")
    void caseSensitive() {
        check("Ab", "aAb", "bA");
        check("", "abc", "A");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the whole of s is the answer")
    void wholeText() {
        check("xyzzy", "xyzzy", "yzyxz");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single characters")
    void singleCharacters() {
        check("Q", "Q", "Q");
        check("", "Q", "q");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: ties go to the leftmost window")
    void leftmostTie() {
        check("ab", "abxba", "ab");
    }

    @Test
    @DisplayName("window in the middle with distractors")
    void windowInMiddle() {
        check("cwae", "cabwefgewcwaefgcf", "cae");
    }

    @Test
    @DisplayName("duplicates spread across the string")
    void spreadDuplicates() {
        check("baca", "acbbaca", "aba");
    }

    @Test
    @DisplayName("upper and lower case mixed")
    void mixedCase() {
        check("zZaB", "zZaBzAb", "zBZ");
    }

    @Test
    @DisplayName("random short strings (seeded) match a brute-force oracle")
    void randomShort() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            String text = randomText(random, 1 + random.nextInt(20), "abcA");
            String required = randomText(random, 1 + random.nextInt(4), "abcA");
            check(oracle(text, required), text, required);
        }
    }

    @Test
    @DisplayName("random longer strings (seeded) match a brute-force oracle")
    void randomLonger() {
        Random random = new Random(7);
        for (int trial = 0; trial < 150; trial++) {
            String text = randomText(random, 20 + random.nextInt(60), "abcdeXYZ");
            String required = randomText(random, 1 + random.nextInt(8), "abcdeXYZ");
            check(oracle(text, required), text, required);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 99999 'a' then 'b', t = \"ab\"")
    void perfRareCharacterAtEnd() {
        check("ab", "a".repeat(99_999) + "b", "ab");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: \"ab\" x 50000, t = 25000 'a' and 25000 'b'")
    void perfHugeRequired() {
        check("ab".repeat(25_000), "ab".repeat(50_000), "a".repeat(25_000) + "b".repeat(25_000));
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100000 random letters with a rare 'Z'")
    void perfRandomRare() {
        Random random = new Random(2024);
        StringBuilder text = new StringBuilder(randomText(random, 100_000, "abcdefghijklmnopqrstuvwxy"));
        text.setCharAt(70_000, 'Z');
        // every letter occurs within a few hundred positions of 70000, so the window around 'Z' is short;
        // the oracle below only scans windows containing position 70000
        String required = "Zabcdefghijklmnopqrstuvwxy";
        check(oracleAround(text.toString(), required, 70_000), text.toString(), required);
    }

    /** Oracle: try every window, shortest first, leftmost first; counts compared directly. */
    private static String oracle(String text, String required) {
        for (int length = required.length(); length <= text.length(); length++) {
            for (int start = 0; start + length <= text.length(); start++) {
                if (covers(text, start, start + length, required)) {
                    return text.substring(start, start + length);
                }
            }
        }
        return "";
    }

    /** Oracle for windows that must contain position mustContain (within 2000 characters of it). */
    private static String oracleAround(String text, String required, int mustContain) {
        int reach = 2000;
        for (int length = required.length(); length <= reach; length++) {
            for (int start = Math.max(0, mustContain - length + 1); start <= mustContain; start++) {
                if (start + length <= text.length() && covers(text, start, start + length, required)) {
                    return text.substring(start, start + length);
                }
            }
        }
        return "";
    }

    private static boolean covers(String text, int from, int to, String required) {
        int[] counts = new int[128];
        for (int i = from; i < to; i++) {
            counts[text.charAt(i)]++;
        }
        for (int i = 0; i < required.length(); i++) {
            if (--counts[required.charAt(i)] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String randomText(Random random, int length, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
