/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n - 1 letters 'a' then one 'b', t = "ab": the
 * only window is at the very end.
 * The same n and seed always give the same arguments.
 */
public final class MinimumWindowInputs {
    private MinimumWindowInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        return new Object[] {"a".repeat(Math.max(1, n - 1)) + "b", "ab"};
    }
}
