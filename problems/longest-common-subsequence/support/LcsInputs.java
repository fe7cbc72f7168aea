import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): two random strings of n letters from a 26-
 * letter alphabet. (With four letters the match branch is a short pattern the branch predictor learns at small n,
 * so even the quadratic DP measured a slope of 2.2.)
 * The same n and seed always give the same arguments.
 */
public final class LcsInputs {
    private LcsInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        return new Object[] {randomText(random, n), randomText(random, n)};
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < Math.max(1, length); index++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
