import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LongestCommonSubsequenceSampleTest {

    @Test
    @DisplayName("example 1: \"abcde\" and \"ace\"")
    void exampleOne() {
        assertEquals(3, new Solution().longestCommonSubsequence("abcde", "ace"), "LCS of \"abcde\" and \"ace\"");
    }

    @Test
    @DisplayName("example 2: \"abc\" and \"abc\"")
    void exampleTwo() {
        assertEquals(3, new Solution().longestCommonSubsequence("abc", "abc"), "LCS of \"abc\" and \"abc\"");
    }

    @Test
    @DisplayName("example 3: \"abc\" and \"def\"")
    void exampleThree() {
        assertEquals(0, new Solution().longestCommonSubsequence("abc", "def"), "LCS of \"abc\" and \"def\"");
    }
}
