import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TwoSumHiddenTest {

    private static final int PERF_SIZE = 200_000;

    private static String describe(int[] nums) {
        return nums.length <= 12 ? Arrays.toString(nums) : nums.length + " numbers";
    }

    private static void assertIndices(int[] nums, int target, int[] expected) {
        int[] actual = new Solution().twoSum(nums.clone(), target);
        String call = "twoSum(" + describe(nums) + ", " + target + ")";
        assertNotNull(actual, call + " returned null");
        int[] sortedActual = actual.clone();
        Arrays.sort(sortedActual);
        assertArrayEquals(expected, sortedActual,
                call + ": expected indices " + Arrays.toString(expected) + " in any order, got " + Arrays.toString(actual));
    }

    /** Brute-force oracle: every pair with the target sum, as sorted index pairs. */
    private static int[][] allPairs(int[] nums, int target) {
        return java.util.stream.IntStream.range(0, nums.length).boxed()
                .flatMap(i -> java.util.stream.IntStream.range(i + 1, nums.length)
                        .filter(j -> (long) nums[i] + nums[j] == target)
                        .mapToObj(j -> new int[] {i, j}))
                .toArray(int[][]::new);
    }

    /** Random arrays with exactly one answer, each checked against the brute-force oracle. */
    private static void runRandomCases(Random random, int cases, int maxLength, int valueBound) {
        int done = 0;
        while (done < cases) {
            int length = 2 + random.nextInt(maxLength - 1);
            int[] nums = new int[length];
            for (int i = 0; i < length; i++) {
                nums[i] = random.nextInt(2 * valueBound + 1) - valueBound;
            }
            int first = random.nextInt(length);
            int second = random.nextInt(length - 1);
            if (second >= first) {
                second++;
            }
            int target = nums[first] + nums[second];
            int[][] pairs = allPairs(nums, target);
            if (pairs.length != 1) {
                continue; // the problem promises exactly one answer
            }
            assertIndices(nums, target, pairs[0]);
            done++;
        }
    }

    @Test
    @DisplayName("example: [2, 7, 11, 15], target 9")
    void example() {
        assertIndices(new int[] {2, 7, 11, 15}, 9, new int[] {0, 1});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: only two numbers")
    void onlyTwoNumbers() {
        assertIndices(new int[] {-5, 12}, 7, new int[] {0, 1});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: same value at two indices")
    void sameValueTwice() {
        assertIndices(new int[] {3, 3}, 6, new int[] {0, 1});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicates in the middle of the array")
    void duplicatesInTheMiddle() {
        assertIndices(new int[] {1, 8, 5, 5, 11}, 10, new int[] {2, 3});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: half the target appears once")
    void halfTheTargetOnce() {
        assertIndices(new int[] {3, 2, 4}, 6, new int[] {1, 2});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: half the target first, answer later")
    void halfTheTargetFirst() {
        assertIndices(new int[] {4, 1, 9, 7}, 8, new int[] {1, 3});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative numbers, negative target")
    void negativeTarget() {
        assertIndices(new int[] {-1, -2, -3, -4, -5}, -8, new int[] {2, 4});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: target 0 with opposite numbers")
    void zeroTargetOpposites() {
        assertIndices(new int[] {-3, 4, 3, 90}, 0, new int[] {0, 2});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: two zeros, target 0")
    void twoZeros() {
        assertIndices(new int[] {0, 4, 3, 0}, 0, new int[] {0, 3});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: values at the limits")
    void valuesAtTheLimits() {
        assertIndices(new int[] {1_000_000_000, 5, -1_000_000_000, 7}, 0, new int[] {0, 2});
        assertIndices(new int[] {999_999_999, 3, 1_000_000_000}, 1_999_999_999, new int[] {0, 2});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: pair at the first and last index")
    void pairAtTheEnds() {
        assertIndices(new int[] {5, 1, 2, 3, 9}, 14, new int[] {0, 4});
    }

    @Test
    @DisplayName("pair in the middle of a longer array")
    void pairInTheMiddle() {
        assertIndices(new int[] {10, 20, 30, 41, 52, 60, 70}, 93, new int[] {3, 4});
    }

    @Test
    @DisplayName("random small arrays with small values against brute force")
    void randomSmallValues() {
        runRandomCases(new Random(42), 400, 8, 6);
    }

    @Test
    @DisplayName("random arrays with wide values against brute force")
    void randomWideValues() {
        runRandomCases(new Random(43), 300, 60, 1_000_000_000);
    }

    @Test
    @DisplayName("random arrays with many duplicates against brute force")
    void randomManyDuplicates() {
        runRandomCases(new Random(44), 300, 40, 30);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 200 000 distinct numbers, pair at the end")
    void perfDistinct() {
        int[] nums = new int[PERF_SIZE];
        for (int i = 0; i < PERF_SIZE; i++) {
            nums[i] = 2 * i; // even numbers: no two of them add up to the odd target
        }
        nums[PERF_SIZE - 2] = 1_000_000_001;
        nums[PERF_SIZE - 1] = -2;
        assertIndices(nums, 999_999_999, new int[] {PERF_SIZE - 2, PERF_SIZE - 1});
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 200 000 numbers, mostly duplicates")
    void perfDuplicates() {
        int[] nums = new int[PERF_SIZE];
        Arrays.fill(nums, 7);
        nums[PERF_SIZE / 2] = 300;
        nums[PERF_SIZE - 1] = -100;
        assertIndices(nums, 200, new int[] {PERF_SIZE / 2, PERF_SIZE - 1});
    }
}
