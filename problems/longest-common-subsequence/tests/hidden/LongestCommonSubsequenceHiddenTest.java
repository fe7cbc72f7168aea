import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LongestCommonSubsequenceHiddenTest {

    private static void check(int expected, String text1, String text2) {
        assertEquals(expected, new Solution().longestCommonSubsequence(text1, text2),
                "LCS of \"" + text1 + "\" and \"" + text2 + "\"");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: first string empty")
    void firstEmpty() {
        check(0, "", "abc");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: both strings empty")
    void bothEmpty() {
        check(0, "", "");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single equal characters")
    void singleEqual() {
        check(1, "a", "a");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single different characters")
    void singleDifferent() {
        check(0, "a", "b");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no common character")
    void noCommonCharacter() {
        check(0, "abcdefgh", "ijklmnop");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: identical strings")
    void identical() {
        check(9, "interview", "interview");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: one string is a subsequence of the other")
    void subsequenceOfOther() {
        check(4, "ktnw", "kitchenware");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: repeated characters are used once")
    void repeatedCharacters() {
        check(2, "aaaa", "aa");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: order matters")
    void orderMatters() {
        check(1, "abc", "cba");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the match is not contiguous")
    void notContiguous() {
        check(3, "axbxc", "abc");
    }

    @Test
    @DisplayName("match uses the first characters")
    void matchUsesFirstCharacters() {
        check(1, "abc", "axy");
    }

    @Test
    @DisplayName("greedy matching is not enough")
    void greedyNotEnough() {
        check(3, "zabc", "abcz");
    }

    @Test
    @DisplayName("mixed strings \"oxcpqrsvwf\" and \"shmtulqrypy\"")
    void mixedStrings() {
        check(2, "oxcpqrsvwf", "shmtulqrypy");
    }

    @Test
    @DisplayName("random short strings (seeded) match a brute-force oracle")
    void randomShort() {
        Random random = new Random(42);
        for (int trial = 0; trial < 400; trial++) {
            String text1 = randomText(random, random.nextInt(11), 1 + random.nextInt(5));
            String text2 = randomText(random, random.nextInt(11), 1 + random.nextInt(5));
            check(oracle(text1, text2), text1, text2);
        }
    }

    @Test
    @DisplayName("random binary strings (seeded) match a brute-force oracle")
    void randomBinary() {
        Random random = new Random(7);
        for (int trial = 0; trial < 400; trial++) {
            String text1 = randomText(random, 1 + random.nextInt(10), 2);
            String text2 = randomText(random, 1 + random.nextInt(12), 2);
            check(oracle(text1, text2), text1, text2);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: two random strings of length 2000")
    void perfRandomLetters() {
        Random random = new Random(42);
        String text1 = randomText(random, 2000, 26);
        String text2 = randomText(random, 2000, 26);
        assertEquals(639, new Solution().longestCommonSubsequence(text1, text2), "LCS of two random 2000-letter strings");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: random binary strings of length 2000 and 1900")
    void perfRandomBinary() {
        Random random = new Random(43);
        String text1 = randomText(random, 2000, 2);
        String text2 = randomText(random, 1900, 2);
        assertEquals(1572, new Solution().longestCommonSubsequence(text1, text2), "LCS of two random binary strings");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: \"ab\" x 1500 against \"ba\" x 1500")
    void perfAlternating() {
        String text1 = "ab".repeat(1500);
        String text2 = "ba".repeat(1500);
        assertEquals(2999, new Solution().longestCommonSubsequence(text1, text2), "LCS of (ab)^1500 and (ba)^1500");
    }

    private static String randomText(Random random, int length, int alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(alphabet)));
        }
        return text.toString();
    }

    /** Oracle: try every subsequence of text1 (by bit mask) and keep the longest that is also in text2. */
    private static int oracle(String text1, String text2) {
        int best = 0;
        for (int mask = 0; mask < (1 << text1.length()); mask++) {
            if (Integer.bitCount(mask) > best && isSubsequence(text1, mask, text2)) {
                best = Integer.bitCount(mask);
            }
        }
        return best;
    }

    private static boolean isSubsequence(String text1, int mask, String text2) {
        int position = 0;
        for (int i = 0; i < text1.length(); i++) {
            if ((mask & (1 << i)) == 0) {
                continue;
            }
            while (position < text2.length() && text2.charAt(position) != text1.charAt(i)) {
                position++;
            }
            if (position == text2.length()) {
                return false;
            }
            position++;
        }
        return true;
    }
}
