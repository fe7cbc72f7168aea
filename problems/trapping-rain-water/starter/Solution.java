class Solution {
    public int trap(int[] height) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
