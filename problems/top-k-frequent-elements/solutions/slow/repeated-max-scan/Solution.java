import java.util.HashMap;
import java.util.Map;

// Correct but O(k·d): counts, then k times scans every remaining value for the most frequent one.
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int n : nums) {
            count.merge(n, 1, Integer::sum);
        }
        int[] result = new int[k];
        for (int i = 0; i < k; i++) {
            int best = 0;
            int bestCount = -1;
            for (Map.Entry<Integer, Integer> e : count.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            result[i] = best;
            count.remove(best);
        }
        return result;
    }
}
