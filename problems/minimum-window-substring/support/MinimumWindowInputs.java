/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n - 1 random letters from 'a' to 'y' (by the
 * seed) then one 'z', and t the last of those letters with the 'z': the only window holding the 'z' is at the very
 * end, so every answer reads all of s.
 * The same n and seed always give the same arguments.
 */
public final class MinimumWindowInputs {
    private MinimumWindowInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < Math.max(1, n - 1); index++) {
            text.append((char) ('a' + random.nextInt(25)));
        }
        String t = text.charAt(text.length() - 1) + "z";
        return new Object[] {text.append('z').toString(), t};
    }
}
