import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

class Solution {
    /** The k values that occur most often in nums, most frequent first. */
    public int[] topKFrequent(int[] nums, int k) {
        if (nums == null || k <= 0) {
            return new int[0];
        }
        Map<Integer, Integer> countByValue = new HashMap<>();
        for (int value : nums) {
            countByValue.merge(value, 1, Integer::sum);
        }
        PriorityQueue<Integer> mostFrequent =
                new PriorityQueue<>(Comparator.comparingInt((Integer value) -> countByValue.get(value)).reversed());
        mostFrequent.addAll(countByValue.keySet());
        int resultSize = Math.min(k, countByValue.size());
        int[] topValues = new int[resultSize];
        for (int rank = 0; rank < resultSize; rank++) {
            topValues[rank] = mostFrequent.poll();
        }
        return topValues;
    }
}
