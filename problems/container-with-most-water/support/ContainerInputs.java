import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n random heights up to 10 000.
 * The same n and seed always give the same arguments.
 */
public final class ContainerInputs {
    private ContainerInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        int[] heights = new int[Math.max(2, n)];
        for (int index = 0; index < heights.length; index++) {
            heights[index] = random.nextInt(10_001);
        }
        return new Object[] {heights};
    }
}
