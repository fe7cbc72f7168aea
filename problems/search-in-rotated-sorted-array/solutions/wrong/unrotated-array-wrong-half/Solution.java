import java.util.Arrays;

// Bug: finds the pivot (index of the smallest value), then searches [0, pivot - 1] whenever
// target >= nums[0]; for an array that is not rotated the pivot is 0 and that range is empty.
class Solution {
    public int search(int[] nums, int target) {
        if (nums.length == 0) {
            return -1;
        }
        int pivot = findPivot(nums);
        int from;
        int to;
        if (target >= nums[0]) {
            from = 0;
            to = pivot;
        } else {
            from = pivot;
            to = nums.length;
        }
        int found = Arrays.binarySearch(nums, from, to, target);
        return found >= 0 ? found : -1;
    }

    private int findPivot(int[] nums) {
        int lo = 0;
        int hi = nums.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (nums[mid] > nums[hi]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
