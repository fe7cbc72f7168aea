import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SearchRotatedHiddenTest {

    private static final int PERF_SIZE = 1_000_000;
    private static final int PERF_QUERIES = 100_000;

    private static String describe(int[] nums) {
        return nums.length <= 12 ? Arrays.toString(nums) : nums.length + " numbers";
    }

    private static void assertSearch(int[] nums, int target, int expected) {
        assertEquals(expected, new Solution().search(nums.clone(), target), "search(" + describe(nums) + ", " + target + ")");
    }

    /** Brute-force oracle: linear scan. */
    private static int oracle(int[] nums, int target) {
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] == target) {
                return i;
            }
        }
        return -1;
    }

    private static int[] rotate(int[] sorted, int pivot) {
        int[] rotated = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            rotated[i] = sorted[(i + pivot) % sorted.length];
        }
        return rotated;
    }

    /** Random rotated arrays; searches every value, every gap between values, and both outer sides. */
    private static void runRandom(Random random, int rounds, int maxLength, int maxGap) {
        Solution solution = new Solution();
        for (int round = 0; round < rounds; round++) {
            int length = random.nextInt(maxLength + 1);
            int[] sorted = new int[length];
            int value = random.nextInt(2 * maxGap + 1) - maxGap;
            for (int i = 0; i < length; i++) {
                value += 1 + random.nextInt(maxGap);
                sorted[i] = value;
            }
            int[] nums = length == 0 ? sorted : rotate(sorted, random.nextInt(length));
            int low = length == 0 ? 0 : sorted[0] - 2;
            int high = length == 0 ? 0 : sorted[length - 1] + 2;
            for (int target = low; target <= high; target++) {
                int expected = oracle(nums, target);
                int actual = solution.search(nums, target);
                if (actual != expected) {
                    assertEquals(expected, actual, "search(" + describe(nums) + ", " + target + ")");
                }
            }
        }
    }

    /** The array 0, 2, 4, ..., 2(n-1) rotated at the pivot; the index of value 2v is (v - pivot) mod n. */
    private static void runLarge(int pivot, Random random) {
        int[] nums = new int[PERF_SIZE];
        for (int i = 0; i < PERF_SIZE; i++) {
            nums[i] = 2 * ((i + pivot) % PERF_SIZE);
        }
        Solution solution = new Solution();
        for (int query = 0; query < PERF_QUERIES; query++) {
            int target = random.nextInt(2 * PERF_SIZE + 2) - 1;
            int expected = target >= 0 && target % 2 == 0 && target < 2 * PERF_SIZE
                    ? Math.floorMod(target / 2 - pivot, PERF_SIZE) : -1;
            int actual = solution.search(nums, target);
            if (actual != expected) {
                assertEquals(expected, actual, "search(" + PERF_SIZE + " numbers rotated at " + pivot + ", " + target + ")");
            }
        }
    }

    @Test
    @DisplayName("example: target 0 in [4,5,6,7,0,1,2]")
    void example() {
        assertSearch(new int[] {4, 5, 6, 7, 0, 1, 2}, 0, 4);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty array")
    void emptyArray() {
        assertSearch(new int[0], 5, -1);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single element")
    void singleElement() {
        assertSearch(new int[] {5}, 5, 0);
        assertSearch(new int[] {5}, 4, -1);
        assertSearch(new int[] {5}, 6, -1);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: two elements")
    void twoElements() {
        assertSearch(new int[] {3, 1}, 1, 1);
        assertSearch(new int[] {3, 1}, 3, 0);
        assertSearch(new int[] {3, 1}, 2, -1);
        assertSearch(new int[] {1, 3}, 3, 1);
        assertSearch(new int[] {1, 3}, 1, 0);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no rotation")
    void noRotation() {
        assertSearch(new int[] {1, 2, 3, 4, 5, 6, 7}, 6, 5);
        assertSearch(new int[] {1, 2, 3, 4, 5, 6, 7}, 1, 0);
        assertSearch(new int[] {1, 2, 3, 4, 5, 6, 7}, 7, 6);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: smallest value last")
    void smallestLast() {
        assertSearch(new int[] {2, 3, 4, 5, 1}, 1, 4);
        assertSearch(new int[] {2, 3, 4, 5, 1}, 2, 0);
        assertSearch(new int[] {2, 3, 4, 5, 1}, 4, 2);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: target at the pivot, first and last index")
    void targetAtBoundaries() {
        int[] nums = {30, 40, 50, 10, 20};
        assertSearch(nums, 10, 3);
        assertSearch(nums, 50, 2);
        assertSearch(nums, 30, 0);
        assertSearch(nums, 20, 4);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: absent target below, above and between values")
    void absentTargets() {
        int[] nums = {30, 40, 50, 10, 20};
        assertSearch(nums, 5, -1);
        assertSearch(nums, 55, -1);
        assertSearch(nums, 35, -1);
        assertSearch(nums, 15, -1);
        assertSearch(nums, 25, -1);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative numbers")
    void negativeNumbers() {
        int[] nums = {-3, 0, 8, -1_000_000_000, -20, -7};
        assertSearch(nums, -20, 4);
        assertSearch(nums, -1_000_000_000, 3);
        assertSearch(nums, -3, 0);
        assertSearch(nums, -4, -1);
    }

    @Test
    @DisplayName("every rotation of a small array")
    void everyRotation() {
        int[] sorted = {1, 3, 5, 7, 9, 11, 13, 15};
        for (int pivot = 0; pivot < sorted.length; pivot++) {
            int[] nums = rotate(sorted, pivot);
            for (int target = 0; target <= 16; target++) {
                assertSearch(nums, target, oracle(nums, target));
            }
        }
    }

    @Test
    @DisplayName("random short arrays against a linear scan")
    void randomShort() {
        runRandom(new Random(42), 400, 6, 3);
    }

    @Test
    @DisplayName("random longer arrays against a linear scan")
    void randomLonger() {
        runRandom(new Random(43), 100, 60, 5);
    }

    @Test
    @DisplayName("random arrays with wide gaps against a linear scan")
    void randomWideGaps() {
        Random random = new Random(44);
        for (int round = 0; round < 200; round++) {
            int length = 1 + random.nextInt(30);
            int[] sorted = random.ints(-1_000_000_000, 1_000_000_001).distinct().limit(length).sorted().toArray();
            int[] nums = rotate(sorted, random.nextInt(length));
            for (int probe = 0; probe < 10; probe++) {
                int target = random.nextBoolean() ? nums[random.nextInt(length)] : random.nextInt(2_000_000_001) - 1_000_000_000;
                assertSearch(nums, target, oracle(nums, target));
            }
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100 000 searches in a million numbers")
    void perfManySearches() {
        runLarge(654_321, new Random(45));
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100 000 searches in a million numbers, rotated by one")
    void perfRotatedByOne() {
        runLarge(1, new Random(46));
    }
}
