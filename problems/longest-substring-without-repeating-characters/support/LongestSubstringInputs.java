/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n characters cycling through n / 4 different
 * ones, so the longest run without a repeat grows with n. The seed shuffles which characters those are.
 * The same n and seed always give the same arguments.
 */
public final class LongestSubstringInputs {
    private LongestSubstringInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        int distinct = Math.max(1, Math.min(n / 4, 60_000));
        java.util.Random random = new java.util.Random(seed);
        char[] alphabet = new char[distinct];
        for (int index = 0; index < distinct; index++) {
            alphabet[index] = (char) ('0' + index);
        }
        for (int index = distinct - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            char kept = alphabet[index];
            alphabet[index] = alphabet[other];
            alphabet[other] = kept;
        }
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < Math.max(1, n); index++) {
            text.append(alphabet[index % distinct]);
        }
        return new Object[] {text.toString()};
    }
}
