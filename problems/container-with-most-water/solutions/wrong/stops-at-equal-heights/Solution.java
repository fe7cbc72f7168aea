// Bug: stops when both lines are equally tall, assuming no narrower container can beat them; taller lines
// further inside can.
class Solution {
    public int maxArea(int[] height) {
        int left = 0;
        int right = height.length - 1;
        int best = 0;
        while (left < right) {
            best = Math.max(best, Math.min(height[left], height[right]) * (right - left));
            if (height[left] < height[right]) {
                left++;
            } else if (height[left] > height[right]) {
                right--;
            } else {
                break;
            }
        }
        return best;
    }
}
