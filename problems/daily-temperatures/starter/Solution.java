class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        // For each day, return how many days until a warmer one (0 if none).
        return new int[0];
    }
}
