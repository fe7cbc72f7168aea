import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps the days still waiting for a warmer day on a stack; their temperatures never rise from the bottom
 * to the top. A warmer day resolves every cooler day on top of the stack at once. Each day is pushed and
 * popped at most once: O(n) time, O(n) space.
 */
class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        if (temperatures == null || temperatures.length == 0) {
            return new int[0];
        }
        int[] daysToWait = new int[temperatures.length];
        Deque<Integer> waitingDays = new ArrayDeque<>();
        for (int today = 0; today < temperatures.length; today++) {
            while (!waitingDays.isEmpty() && temperatures[waitingDays.peek()] < temperatures[today]) {
                int earlierDay = waitingDays.pop();
                daysToWait[earlierDay] = today - earlierDay;
            }
            waitingDays.push(today);
        }
        // Days still on the stack never see a warmer day and keep the default 0.
        return daysToWait;
    }
}
