import java.util.Arrays;

/** Alternative accepted answer: memoised recursion (recursion depth up to amount / smallest coin). */
class Solution {

    private static final int NOT_COMPUTED = -2;
    private static final int NO_COMBINATION = -1;

    public int coinChange(int[] coins, int amount) {
        if (coins == null || coins.length == 0 || amount < 0) {
            return amount == 0 ? 0 : NO_COMBINATION;
        }
        int[] knownAnswers = new int[amount + 1];
        Arrays.fill(knownAnswers, NOT_COMPUTED);
        return fewestCoins(coins, amount, knownAnswers);
    }

    private static int fewestCoins(int[] coins, int remaining, int[] knownAnswers) {
        if (remaining == 0) {
            return 0;
        }
        if (knownAnswers[remaining] != NOT_COMPUTED) {
            return knownAnswers[remaining];
        }
        int best = Integer.MAX_VALUE;
        for (int coin : coins) {
            int rest = coin <= remaining ? fewestCoins(coins, remaining - coin, knownAnswers) : NO_COMBINATION;
            if (rest != NO_COMBINATION) {
                best = Math.min(best, rest + 1);
            }
        }
        knownAnswers[remaining] = best == Integer.MAX_VALUE ? NO_COMBINATION : best;
        return knownAnswers[remaining];
    }
}
