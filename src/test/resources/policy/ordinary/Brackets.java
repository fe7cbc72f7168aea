import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/** Valid parentheses and a monotonic stack: Deque and ArrayDeque, Map.of, Character methods. */
class Brackets {
    private static final Map<Character, Character> PAIRS = Map.of(')', '(', ']', '[', '}', '{');

    boolean isValid(String text) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (PAIRS.containsValue(c)) {
                stack.push(c);
            } else if (PAIRS.containsKey(c)) {
                if (stack.isEmpty() || stack.pop() != PAIRS.get(c)) {
                    return false;
                }
            }
        }
        return stack.isEmpty();
    }

    int[] dailyTemperatures(int[] temperatures) {
        int[] answer = new int[temperatures.length];
        Deque<Integer> waiting = new ArrayDeque<>();
        for (int day = 0; day < temperatures.length; day++) {
            while (!waiting.isEmpty() && temperatures[waiting.peekLast()] < temperatures[day]) {
                int earlier = waiting.pollLast();
                answer[earlier] = day - earlier;
            }
            waiting.offerLast(day);
        }
        return answer;
    }
}
