class Solution {
    public int coinChange(int[] coins, int amount) {
        if (amount == 0) return 0;
        int best = Integer.MAX_VALUE;
        for (int coin : coins) {
            if (coin <= amount) {
                int rest = coinChange(coins, amount - coin);
                if (rest != -1) best = Math.min(best, rest + 1);
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }
}
