import java.util.ArrayDeque;
import java.util.Deque;

// Bug: stores the index of the warmer day instead of the number of days to wait.
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int[] answer = new int[temperatures.length];
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < temperatures.length; i++) {
            while (!stack.isEmpty() && temperatures[stack.peek()] < temperatures[i]) {
                answer[stack.pop()] = i;
            }
            stack.push(i);
        }
        return answer;
    }
}
