// Bug: moves the pointer at the taller line, keeping the shorter one that limits the area.
class Solution {
    public int maxArea(int[] height) {
        int left = 0;
        int right = height.length - 1;
        int best = 0;
        while (left < right) {
            best = Math.max(best, Math.min(height[left], height[right]) * (right - left));
            if (height[left] > height[right]) {
                left++;
            } else {
                right--;
            }
        }
        return best;
    }
}
