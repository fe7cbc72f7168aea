import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

class Solution {
    private static final Map<Character, Character> OPENER_BY_CLOSER = Map.of(')', '(', ']', '[', '}', '{');

    /** True when every bracket in text is closed by the matching bracket, in order. */
    public boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        Deque<Character> openBrackets = new ArrayDeque<>();
        for (char bracket : text.toCharArray()) {
            if (!OPENER_BY_CLOSER.containsKey(bracket)) {
                openBrackets.push(bracket);
            } else if (openBrackets.isEmpty() || openBrackets.pop() != OPENER_BY_CLOSER.get(bracket)) {
                return false;
            }
        }
        return openBrackets.isEmpty();
    }
}
