import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n distinct even numbers, sorted and rotated at a
 * random point; the odd target is absent, so a scan reads them all.
 * The same n and seed always give the same arguments.
 */
public final class RotatedSearchInputs {
    private RotatedSearchInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        int size = Math.max(1, n);
        int pivot = new Random(seed).nextInt(size);
        int[] nums = new int[size];
        for (int index = 0; index < size; index++) {
            nums[index] = 2 * ((index + pivot) % size);
        }
        return new Object[] {nums, 2 * size / 3 * 2 + 1};
    }
}
