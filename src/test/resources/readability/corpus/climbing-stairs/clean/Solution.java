class Solution {
    /** Ways to climb stepCount stairs taking one or two steps at a time. */
    public int climbStairs(int stepCount) {
        if (stepCount < 0) {
            throw new IllegalArgumentException("stepCount must not be negative, was " + stepCount);
        }
        int waysToPrevious = 1;
        int waysToCurrent = 1;
        for (int step = 2; step <= stepCount; step++) {
            int waysToNext = waysToPrevious + waysToCurrent;
            waysToPrevious = waysToCurrent;
            waysToCurrent = waysToNext;
        }
        return waysToCurrent;
    }
}
