class Solution {
    public int maxArea(int[] height) {
        // Return the largest min(height[i], height[j]) * (j - i) over all pairs i < j.
        return -1;
    }
}
