import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Bug: bucket sort by frequency with nums.length buckets (0 .. n-1), but a value can occur n times,
// so an array of one repeated value indexes past the end.
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int n : nums) {
            count.merge(n, 1, Integer::sum);
        }
        List<List<Integer>> buckets = new ArrayList<>();
        for (int i = 0; i < nums.length; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            buckets.get(e.getValue()).add(e.getKey());
        }
        int[] result = new int[k];
        int filled = 0;
        for (int f = nums.length - 1; f > 0 && filled < k; f--) {
            for (int value : buckets.get(f)) {
                if (filled < k) {
                    result[filled++] = value;
                }
            }
        }
        return result;
    }
}
