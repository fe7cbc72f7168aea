class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        // Return the k most frequent values, in any order.
        return new int[0];
    }
}
