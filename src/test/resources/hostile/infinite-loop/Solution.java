class Solution {
    public int[] twoSum(int[] numbers, int target) {
        long spins = 0;
        while (numbers != null) {
            spins++;
        }
        return new int[] {(int) spins, 1};
    }
}
