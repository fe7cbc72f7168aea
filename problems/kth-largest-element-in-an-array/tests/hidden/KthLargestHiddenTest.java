import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class KthLargestHiddenTest {

    private static final int PERF_SIZE = 100_000;

    private static void check(int expected, int[] numbers, int k) {
        String shown = numbers.length > 20 ? numbers.length + " values" : Arrays.toString(numbers);
        assertEquals(expected, new Solution().findKthLargest(numbers, k), shown + ", k = " + k);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single element")
    void singleElement() {
        check(-4, new int[] {-4}, 1);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: k = 1 is the maximum")
    void kIsOne() {
        check(9, new int[] {4, 9, -2, 9, 0}, 1);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: k = n is the minimum")
    void kIsLength() {
        check(-7, new int[] {4, 9, -7, 3, 0, 12}, 6);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicates count separately")
    void duplicatesCount() {
        check(3, new int[] {3, 3, 2}, 2);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicates of the answer on both sides")
    void duplicatesAroundAnswer() {
        check(5, new int[] {5, 1, 5, 8, 5, 2, 8}, 4);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: all values equal")
    void allEqual() {
        check(2, new int[] {2, 2, 2, 2, 2}, 3);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative values only")
    void negativeValues() {
        check(-3, new int[] {-1, -5, -3, -10000, -2}, 3);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: sorted ascending")
    void sortedAscending() {
        check(7, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 4);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: sorted descending")
    void sortedDescending() {
        check(3, new int[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 8);
    }

    @Test
    @DisplayName("value range limits -10000 and 10000")
    void rangeLimits() {
        check(10000, new int[] {-10000, 10000, 0}, 1);
        check(-10000, new int[] {-10000, 10000, 0}, 3);
    }

    @Test
    @DisplayName("random arrays with many duplicates (seeded) match a sorting oracle")
    void randomWithDuplicates() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int[] numbers = randomArray(random, 1 + random.nextInt(30), 5);
            int k = 1 + random.nextInt(numbers.length);
            check(oracle(numbers, k), numbers.clone(), k);
        }
    }

    @Test
    @DisplayName("random arrays over the full range (seeded) match a sorting oracle")
    void randomFullRange() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int[] numbers = randomArray(random, 1 + random.nextInt(200), 10_000);
            int k = 1 + random.nextInt(numbers.length);
            check(oracle(numbers, k), numbers.clone(), k);
        }
    }

    @Test
    @DisplayName("random k at both ends (seeded) match a sorting oracle")
    void randomExtremeK() {
        Random random = new Random(13);
        for (int trial = 0; trial < 200; trial++) {
            int[] numbers = randomArray(random, 1 + random.nextInt(60), 100);
            int k = random.nextBoolean() ? 1 : numbers.length;
            check(oracle(numbers, k), numbers.clone(), k);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100000 random values, k = 50000")
    void perfRandom() {
        int[] numbers = randomArray(new Random(2024), PERF_SIZE, 10_000);
        int expected = oracle(numbers, PERF_SIZE / 2);
        check(expected, numbers, PERF_SIZE / 2);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 200000 equal values, k = 10")
    void perfAllEqual() {
        int[] numbers = new int[2 * PERF_SIZE];
        Arrays.fill(numbers, 42);
        check(42, numbers, 10);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100000 ascending values with repeats, k = 33334")
    void perfSortedAscending() {
        int[] numbers = new int[PERF_SIZE];
        for (int i = 0; i < PERF_SIZE; i++) {
            numbers[i] = i / 10 - 10_000;
        }
        // ascending, each value 10 times: the 33334th largest sits at index 66666
        check(66_666 / 10 - 10_000, numbers, 33_334);
    }

    /** Oracle: sort a copy ascending; the k-th largest sits k places from the end. */
    private static int oracle(int[] numbers, int k) {
        int[] sorted = numbers.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - k];
    }

    private static int[] randomArray(Random random, int length, int bound) {
        int[] numbers = new int[length];
        for (int i = 0; i < length; i++) {
            numbers[i] = random.nextInt(2 * bound + 1) - bound;
        }
        return numbers;
    }
}
