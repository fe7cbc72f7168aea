import java.util.Arrays;

class Solution {

    private static final int UNREACHABLE = Integer.MAX_VALUE;
    private static final int NO_COMBINATION = -1;

    /**
     * fewestCoinsFor[sum] is the fewest coins adding up to sum. Every sum is built from a smaller one plus
     * one coin, so filling the table upwards sees each smaller answer before it is needed.
     */
    public int coinChange(int[] coins, int amount) {
        if (amount == 0) {
            return 0;
        }
        if (coins == null || coins.length == 0 || amount < 0) {
            return NO_COMBINATION;
        }
        int[] fewestCoinsFor = new int[amount + 1];
        Arrays.fill(fewestCoinsFor, UNREACHABLE);
        fewestCoinsFor[0] = 0;
        for (int sum = 1; sum <= amount; sum++) {
            fewestCoinsFor[sum] = fewestCoinsEndingWithOneMoreCoin(coins, fewestCoinsFor, sum);
        }
        return fewestCoinsFor[amount] == UNREACHABLE ? NO_COMBINATION : fewestCoinsFor[amount];
    }

    private static int fewestCoinsEndingWithOneMoreCoin(int[] coins, int[] fewestCoinsFor, int sum) {
        int best = UNREACHABLE;
        for (int coin : coins) {
            // coin <= sum also keeps huge coins (up to 2^31 - 1) away from the subtraction below
            if (coin <= sum && fewestCoinsFor[sum - coin] != UNREACHABLE) {
                best = Math.min(best, fewestCoinsFor[sum - coin] + 1);
            }
        }
        return best;
    }
}
