import java.util.Arrays;

class Solution {
    public int findKthLargest(int[] nums, int k) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int index = sorted.length - k - 1;
        return sorted[Math.max(index, 0)];
    }
}
