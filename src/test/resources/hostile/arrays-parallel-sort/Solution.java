import java.util.Arrays;

class Solution {
    public int[] twoSum(int[] numbers, int target) {
        int[] copy = numbers.clone();
        Arrays.parallelSort(copy);
        return new int[0];
    }
}
