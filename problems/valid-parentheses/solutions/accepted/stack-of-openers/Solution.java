import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the brackets that are still open on a stack: a closing bracket must match the most recent opener.
 * O(n) time, O(n) space in the worst case (all openers).
 */
class Solution {
    private static final Map<Character, Character> OPENER_BY_CLOSER = Map.of(')', '(', ']', '[', '}', '{');
    private static final String OPENERS = "([{";

    public boolean isValid(String brackets) {
        Objects.requireNonNull(brackets, "brackets must not be null");
        if (brackets.length() % 2 != 0) {
            return false; // an odd count can never pair up
        }
        Deque<Character> openBrackets = new ArrayDeque<>();
        for (char bracket : brackets.toCharArray()) {
            if (OPENERS.indexOf(bracket) >= 0) {
                openBrackets.push(bracket);
            } else if (!closesLatestOpener(bracket, openBrackets)) {
                return false;
            }
        }
        return openBrackets.isEmpty();
    }

    /** Pops the latest opener and reports whether the closer matches it. */
    private boolean closesLatestOpener(char closer, Deque<Character> openBrackets) {
        Character expectedOpener = OPENER_BY_CLOSER.get(closer);
        if (expectedOpener == null) {
            throw new IllegalArgumentException("not a bracket: '" + closer + "'");
        }
        return !openBrackets.isEmpty() && expectedOpener.equals(openBrackets.pop());
    }
}
