import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

// Bug: sorts all the numbers by how often they occur and takes the first k numbers, so a frequent value
// fills several slots of the answer.
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int n : nums) {
            count.merge(n, 1, Integer::sum);
        }
        Integer[] boxed = Arrays.stream(nums).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> count.get(b) - count.get(a));
        int[] result = new int[k];
        for (int i = 0; i < k; i++) {
            result[i] = boxed[i];
        }
        return result;
    }
}
