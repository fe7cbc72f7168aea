import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n random values among three distinct ones, k = n
 * / 2: many equal values and a k that grows with n.
 * The same n and seed always give the same arguments.
 */
public final class KthLargestInputs {
    private KthLargestInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        int[] nums = new int[Math.max(1, n)];
        for (int index = 0; index < nums.length; index++) {
            nums[index] = 1000 * random.nextInt(3);
        }
        return new Object[] {nums, Math.max(1, nums.length / 2)};
    }
}
