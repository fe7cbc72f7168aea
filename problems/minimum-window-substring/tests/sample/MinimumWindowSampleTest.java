import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MinimumWindowSampleTest {

    @Test
    @DisplayName("example 1: s = \"ADOBECODEBANC\", t = \"ABC\"")
    void exampleOne() {
        assertEquals("BANC", new Solution().minWindow("ADOBECODEBANC", "ABC"), "s = \"ADOBECODEBANC\", t = \"ABC\"");
    }

    @Test
    @DisplayName("example 2: s = \"a\", t = \"a\"")
    void exampleTwo() {
        assertEquals("a", new Solution().minWindow("a", "a"), "s = \"a\", t = \"a\"");
    }

    @Test
    @DisplayName("example 3: s = \"a\", t = \"aa\"")
    void exampleThree() {
        assertEquals("", new Solution().minWindow("a", "aa"), "s = \"a\", t = \"aa\"");
    }
}
