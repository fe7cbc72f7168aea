/**
 * Inputs for measuring growth (see complexity: in problem.yaml): the amount n paid with four fixed coins that have
 * no common divisor, so no greedy shortcut exists.
 * The same n and seed always give the same arguments.
 */
public final class CoinChangeInputs {
    private CoinChangeInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        return new Object[] {new int[] {3, 7, 11, 13}, Math.max(1, n)};
    }
}
