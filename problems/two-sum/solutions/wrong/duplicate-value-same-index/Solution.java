import java.util.Arrays;

// Bug: finds the two values with sorting and two pointers, then maps each value back with a linear
// search from the start, so two equal values (e.g. [3, 3]) both map to the first index.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int left = 0;
        int right = sorted.length - 1;
        while (left < right) {
            int sum = sorted[left] + sorted[right];
            if (sum == target) {
                return new int[] {indexOf(nums, sorted[left]), indexOf(nums, sorted[right])};
            } else if (sum < target) {
                left++;
            } else {
                right--;
            }
        }
        return new int[0];
    }

    private int indexOf(int[] nums, int value) {
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
