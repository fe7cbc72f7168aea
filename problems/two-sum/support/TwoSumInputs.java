import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n distinct even numbers in random order, and the
 * only pair that adds up to the odd target at the very end, so every answer has to look at all of them.
 */
public final class TwoSumInputs {
    private TwoSumInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        int size = Math.max(2, n);
        int[] nums = new int[size];
        for (int index = 0; index < size - 2; index++) {
            nums[index] = 2 * index;
        }
        for (int index = size - 3; index > 0; index--) {
            int other = random.nextInt(index + 1);
            int kept = nums[index];
            nums[index] = nums[other];
            nums[other] = kept;
        }
        nums[size - 2] = 1_000_000_001;
        nums[size - 1] = -2;
        return new Object[] {nums, 999_999_999};
    }
}
