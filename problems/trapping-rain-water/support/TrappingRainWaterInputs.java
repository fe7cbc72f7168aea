import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n random bars up to 10 000 high.
 * The same n and seed always give the same arguments.
 */
public final class TrappingRainWaterInputs {
    private TrappingRainWaterInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        int[] heights = new int[Math.max(1, n)];
        for (int index = 0; index < heights.length; index++) {
            heights[index] = random.nextInt(10_001);
        }
        return new Object[] {heights};
    }
}
