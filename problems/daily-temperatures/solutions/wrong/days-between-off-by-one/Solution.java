import java.util.ArrayDeque;
import java.util.Deque;

// Bug: counts the days strictly between the two days (i - j - 1) instead of the wait (i - j).
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int[] answer = new int[temperatures.length];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < temperatures.length; i++) {
            while (!stack.isEmpty() && temperatures[stack.peek()] < temperatures[i]) {
                int j = stack.pop();
                answer[j] = i - j - 1;
            }
            stack.push(i);
        }
        return answer;
    }
}
