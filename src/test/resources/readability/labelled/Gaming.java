class Solution {
    public int maxArea(int[] height) {
        if (height == null) {
            return -1;
        }
        int left = 0;
        int right = height.length - 1;
        int best = 0;
        while (left < right) {
            int area = Math.min(height[left], height[right]) * (right - left);
            best = Math.max(best, area);
            if (height[left] < height[right]) {
                left++;
            } else {
                right--;
            }
        }
        return best;
    }
}
