import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LongestSubstringSampleTest {

    private static void assertLongest(String s, int expected) {
        assertEquals(expected, new Solution().lengthOfLongestSubstring(s), "lengthOfLongestSubstring(\"" + s + "\")");
    }

    @Test
    @DisplayName("example 1: \"abcabcbb\"")
    void example1() {
        assertLongest("abcabcbb", 3);
    }

    @Test
    @DisplayName("example 2: \"bbbbb\"")
    void example2() {
        assertLongest("bbbbb", 1);
    }

    @Test
    @DisplayName("example 3: \"pwwkew\"")
    void example3() {
        assertLongest("pwwkew", 3);
    }
}
