import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValidParenthesesSampleTest {

    private static void assertValid(String s, boolean expected) {
        assertEquals(expected, new Solution().isValid(s), "isValid(\"" + s + "\") should be " + expected);
    }

    @Test
    @DisplayName("example 1: \"()\"")
    void example1() {
        assertValid("()", true);
    }

    @Test
    @DisplayName("example 2: \"()[]{}\"")
    void example2() {
        assertValid("()[]{}", true);
    }

    @Test
    @DisplayName("example 3: \"(]\"")
    void example3() {
        assertValid("(]", false);
    }

    @Test
    @DisplayName("example 4: \"([)]\"")
    void example4() {
        assertValid("([)]", false);
    }
}
