/**
 * Inputs for measuring growth (see complexity: in problem.yaml): the amount n paid with four fixed coins that have
 * no common divisor, so no greedy shortcut exists. The seed adds up to n / 64 to the amount and shuffles the coins,
 * so each call pays an amount it has not paid before, for about the same work.
 * The same n and seed always give the same arguments.
 */
public final class CoinChangeInputs {
    private CoinChangeInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int[] coins = {3, 7, 11, 13};
        for (int index = coins.length - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            int kept = coins[index];
            coins[index] = coins[other];
            coins[other] = kept;
        }
        return new Object[] {coins, Math.max(1, n) + random.nextInt(Math.max(1, n / 64))};
    }
}
