class Solution {
    public int trap(int[] height) {
        int left = 0, right = height.length - 1;
        int leftMax = 0, rightMax = 0, water = 0;
        while (left < right) {
            if (height[left] < height[right]) {
                water += leftMax - height[left]; // leftMax does not include this bar yet
                leftMax = Math.max(leftMax, height[left]);
                left++;
            } else {
                water += rightMax - height[right];
                rightMax = Math.max(rightMax, height[right]);
                right--;
            }
        }
        return water;
    }
}
