import java.util.Arrays;

// Bug: counts with an array indexed by value, sized by the largest value: assumes values are small and
// non-negative, so a negative value indexes out of bounds and a value near 10^9 runs out of memory.
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        int max = Arrays.stream(nums).max().getAsInt();
        int[] count = new int[max + 1];
        for (int n : nums) {
            count[n]++;
        }
        Integer[] values = Arrays.stream(nums).distinct().boxed().toArray(Integer[]::new);
        Arrays.sort(values, (a, b) -> count[b] - count[a]);
        int[] result = new int[k];
        for (int i = 0; i < k; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
