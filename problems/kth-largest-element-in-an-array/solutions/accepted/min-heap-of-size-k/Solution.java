import java.util.PriorityQueue;

class Solution {

    /**
     * Keeps the rank largest values seen so far in a min-heap. Its root is the smallest of them, which is
     * the rank-th largest overall once every value has been offered: O(n log rank) time, O(rank) space.
     * Duplicates are kept as separate entries, so they count separately.
     */
    public int findKthLargest(int[] numbers, int rank) {
        if (numbers == null || rank < 1 || rank > numbers.length) {
            throw new IllegalArgumentException("rank must be between 1 and the number of values");
        }
        PriorityQueue<Integer> largestSeen = new PriorityQueue<>(rank + 1);
        for (int number : numbers) {
            largestSeen.offer(number);
            if (largestSeen.size() > rank) {
                largestSeen.poll();
            }
        }
        return largestSeen.peek();
    }
}
