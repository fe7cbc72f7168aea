class Solution {
    public int findKthLargest(int[] nums, int k) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
