import java.util.SplittableRandom;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n distinct even numbers, sorted and rotated at a
 * random point, from a random even base; the odd target is absent, so a scan reads them all. SplittableRandom mixes
 * the seed, so neighbouring seeds (the growth meter's calls get seed, seed + 1, ...) give unrelated pivots.
 * The same n and seed always give the same arguments.
 */
public final class RotatedSearchInputs {
    private RotatedSearchInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        int size = Math.max(1, n);
        SplittableRandom random = new SplittableRandom(seed);
        int pivot = random.nextInt(size);
        int base = random.nextInt(1 << 20);
        int[] nums = new int[size];
        for (int index = 0; index < size; index++) {
            nums[index] = 2 * (base + (index + pivot) % size);
        }
        return new Object[] {nums, 2 * (base + size / 3 * 2) + 1};
    }
}
