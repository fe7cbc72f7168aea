class Solution {
    public int[] twoSum(int[] nums, int target) {
        // Return the indices of the two numbers that add up to target, in any order.
        return new int[0];
    }
}
