class Solution {
    public int orangesRotting(int[][] grid) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
