class Solution {
    public int[] twoSum(int[] numbers, int target) {
        return twoSum(numbers, target + 1);
    }
}
