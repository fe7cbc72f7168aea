class Solution {

    /**
     * Two pointers walk inwards from both ends. The side with the lower wall so far is the one whose water
     * level is known: the other side is guaranteed to hold a wall at least that high, so the level at that
     * bar is the lower side's running maximum. O(n) time, O(1) extra space.
     */
    public int trap(int[] heights) {
        if (heights == null || heights.length < 2) {
            return 0;
        }
        int left = 0;
        int right = heights.length - 1;
        int highestOnLeft = 0;
        int highestOnRight = 0;
        int trappedWater = 0;
        while (left < right) {
            highestOnLeft = Math.max(highestOnLeft, heights[left]);
            highestOnRight = Math.max(highestOnRight, heights[right]);
            if (highestOnLeft <= highestOnRight) {
                trappedWater += highestOnLeft - heights[left];
                left++;
            } else {
                trappedWater += highestOnRight - heights[right];
                right--;
            }
        }
        return trappedWater;
    }
}
