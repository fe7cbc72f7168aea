class Solution {
    private static final int NOT_FOUND = -1;

    /** The index of target in the ascending array nums, or -1 when it is absent. */
    public int search(int[] nums, int target) {
        if (nums == null || nums.length == 0) {
            return NOT_FOUND;
        }
        int low = 0;
        int high = nums.length - 1;
        while (low <= high) {
            int middle = low + (high - low) / 2;
            if (nums[middle] == target) {
                return middle;
            }
            if (nums[middle] < target) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return NOT_FOUND;
    }
}
