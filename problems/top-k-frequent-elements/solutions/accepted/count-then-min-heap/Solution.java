import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Counts every value, then keeps the most frequent ones in a min-heap of at most wantedCount entries: the
 * heap's head is the weakest candidate, dropped whenever a better one arrives.
 * O(n + d log k) time for d distinct values, O(d) space.
 */
class Solution {
    public int[] topKFrequent(int[] numbers, int wantedCount) {
        if (numbers == null || numbers.length == 0 || wantedCount <= 0) {
            return new int[0];
        }
        Map<Integer, Integer> countByValue = new HashMap<>();
        for (int number : numbers) {
            countByValue.merge(number, 1, Integer::sum);
        }
        PriorityQueue<Map.Entry<Integer, Integer>> leastFrequentFirst =
                new PriorityQueue<>(Comparator.comparingInt(Map.Entry::getValue));
        for (Map.Entry<Integer, Integer> entry : countByValue.entrySet()) {
            leastFrequentFirst.add(entry);
            if (leastFrequentFirst.size() > wantedCount) {
                leastFrequentFirst.poll();
            }
        }
        return leastFrequentFirst.stream().mapToInt(Map.Entry::getKey).toArray();
    }
}
