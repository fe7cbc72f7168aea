class Solution {
    public int search(int[] nums, int target) {
        // Return the index of target in the rotated sorted array, or -1.
        return -2;
    }
}
