import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n / 2 opening brackets of random kinds, then
 * their closing ones: nesting n / 2 deep.
 * The same n and seed always give the same arguments.
 */
public final class ValidParenthesesInputs {
    private ValidParenthesesInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        int depth = Math.max(1, n / 2);
        char[] opening = {'(', '[', '{'};
        char[] closing = {')', ']', '}'};
        int[] kinds = new int[depth];
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < depth; index++) {
            kinds[index] = random.nextInt(3);
            text.append(opening[kinds[index]]);
        }
        for (int index = depth - 1; index >= 0; index--) {
            text.append(closing[kinds[index]]);
        }
        return new Object[] {text.toString()};
    }
}
