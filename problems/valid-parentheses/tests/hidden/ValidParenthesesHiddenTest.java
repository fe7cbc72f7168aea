import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ValidParenthesesHiddenTest {

    private static final String BRACKETS = "()[]{}";
    private static final int PERF_DEPTH = 200_000;

    private static String describe(String s) {
        return s.length() <= 40 ? "\"" + s + "\"" : "a string of " + s.length() + " brackets";
    }

    private static void assertValid(String s, boolean expected) {
        assertEquals(expected, new Solution().isValid(s), "isValid(" + describe(s) + ") should be " + expected);
    }

    /** Brute-force oracle: remove adjacent matching pairs until nothing changes. */
    private static boolean oracle(String s) {
        String previous;
        do {
            previous = s;
            s = s.replace("()", "").replace("[]", "").replace("{}", "");
        } while (!s.equals(previous));
        return s.isEmpty();
    }

    /** A random valid string of the given number of pairs, built from the grammar S -> (S)S | [S]S | {S}S | empty. */
    private static void appendValid(StringBuilder out, int pairs, Random random) {
        if (pairs == 0) {
            return;
        }
        int inside = random.nextInt(pairs);
        int type = random.nextInt(3);
        out.append(BRACKETS.charAt(2 * type));
        appendValid(out, inside, random);
        out.append(BRACKETS.charAt(2 * type + 1));
        appendValid(out, pairs - 1 - inside, random);
    }

    private static String nested(char open, char close, int depth) {
        return String.valueOf(open).repeat(depth) + String.valueOf(close).repeat(depth);
    }

    @Test
    @DisplayName("example: \"()[]{}\"")
    void example() {
        assertValid("()[]{}", true);
    }

    @Test
    @DisplayName("nested mixed types \"{[({[()]})]}\"")
    void nestedMixed() {
        assertValid("{[({[()]})]}", true);
        assertValid("([]){}[({})]", true);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty string")
    void emptyString() {
        assertValid("", true);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single opening bracket")
    void singleOpener() {
        assertValid("(", false);
        assertValid("{", false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single closing bracket")
    void singleCloser() {
        assertValid("]", false);
        assertValid(")", false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: closing bracket before any opener")
    void closerFirst() {
        assertValid(")(", false);
        assertValid("}{}{", false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: extra closing bracket at the end")
    void extraCloser() {
        assertValid("()]", false);
        assertValid("[{}])", false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: only opening brackets")
    void onlyOpeners() {
        assertValid("((", false);
        assertValid("[{(", false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: bracket left open at the end")
    void leftOpenAtEnd() {
        assertValid("()[", false);
        assertValid("{[]}((", false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: mismatched types")
    void mismatchedTypes() {
        assertValid("(]", false);
        assertValid("{)", false);
        assertValid("[}", false);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: interleaved pairs")
    void interleaved() {
        assertValid("([)]", false);
        assertValid("{[}]", false);
        assertValid("(({[)]}))", false);
    }

    @Test
    @DisplayName("random valid strings against brute force")
    void randomValid() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            StringBuilder out = new StringBuilder();
            appendValid(out, random.nextInt(15), random);
            String s = out.toString();
            assertValid(s, oracle(s));
        }
    }

    @Test
    @DisplayName("random valid strings with one bracket changed against brute force")
    void randomOneChange() {
        Random random = new Random(43);
        for (int i = 0; i < 300; i++) {
            StringBuilder out = new StringBuilder();
            appendValid(out, 1 + random.nextInt(15), random);
            out.setCharAt(random.nextInt(out.length()), BRACKETS.charAt(random.nextInt(BRACKETS.length())));
            String s = out.toString();
            assertValid(s, oracle(s));
        }
    }

    @Test
    @DisplayName("random bracket strings against brute force")
    void randomAnything() {
        Random random = new Random(44);
        for (int i = 0; i < 2000; i++) {
            int length = random.nextInt(9);
            StringBuilder out = new StringBuilder();
            for (int j = 0; j < length; j++) {
                out.append(BRACKETS.charAt(random.nextInt(BRACKETS.length())));
            }
            String s = out.toString();
            assertValid(s, oracle(s));
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 400 000 brackets nested 200 000 deep")
    void perfDeepValid() {
        assertValid(nested('(', ')', PERF_DEPTH), true);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: deep nesting with a mismatched outermost pair")
    void perfDeepMismatch() {
        String inner = nested('{', '}', PERF_DEPTH - 1);
        assertValid("[" + inner + ")", false);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: deep mixed nesting, valid")
    void perfDeepMixed() {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < PERF_DEPTH; i++) {
            int type = i % 3;
            open.append(BRACKETS.charAt(2 * type));
            close.append(BRACKETS.charAt(2 * type + 1));
        }
        assertValid(open.toString() + close.reverse(), true);
    }
}
