/**
 * Two pointers start at the ends. The shorter of the two lines limits every container that uses it with a
 * line further in, and those are all narrower, so the shorter line can be dropped. O(n) time, O(1) space.
 */
class Solution {
    public int maxArea(int[] heights) {
        if (heights == null || heights.length < 2) {
            return 0;
        }
        int left = 0;
        int right = heights.length - 1;
        int bestArea = 0;
        while (left < right) {
            int width = right - left;
            int waterLevel = Math.min(heights[left], heights[right]);
            bestArea = Math.max(bestArea, waterLevel * width);
            if (heights[left] < heights[right]) {
                left++;
            } else {
                right--;
            }
        }
        return bestArea;
    }
}
