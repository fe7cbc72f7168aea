class Solution {
    public int coinChange(int[] coins, int amount) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
