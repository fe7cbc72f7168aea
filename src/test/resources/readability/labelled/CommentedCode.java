class Solution {
    public int search(int[] nums, int target) {
        int lo = 0;
        int hi = nums.length - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            // System.out.println(mid); // expect: COMMENTED_OUT_CODE
            if (nums[mid] == target) {
                return mid;
            } else if (nums[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        // return linearSearch(nums, target); // expect: COMMENTED_OUT_CODE
        return -1;
    }
}
