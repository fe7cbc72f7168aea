import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n numbers over n / 2 distinct values with all
 * different frequencies up to a point, k = a quarter of the distinct values.
 * The same n and seed always give the same arguments.
 */
public final class TopKFrequentInputs {
    private TopKFrequentInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        int distinct = Math.max(1, n / 2);
        List<Integer> numbers = new ArrayList<>();
        for (int value = 0; value < distinct; value++) {
            numbers.add(value);
        }
        while (numbers.size() < Math.max(1, n)) {
            numbers.add(random.nextInt(distinct));
        }
        Collections.shuffle(numbers, random);
        int[] nums = numbers.stream().mapToInt(Integer::intValue).toArray();
        return new Object[] {nums, Math.max(1, distinct / 4)};
    }
}
