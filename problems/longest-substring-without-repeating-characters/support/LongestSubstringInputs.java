/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n characters cycling through n / 4 different
 * ones, so the longest run without a repeat grows with n.
 * The same n and seed always give the same arguments.
 */
public final class LongestSubstringInputs {
    private LongestSubstringInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        int distinct = Math.max(1, Math.min(n / 4, 60_000));
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < Math.max(1, n); index++) {
            text.append((char) ('0' + index % distinct));
        }
        return new Object[] {text.toString()};
    }
}
