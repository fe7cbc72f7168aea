import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TopKFrequentHiddenTest {

    private static final int PERF_DISTINCT = 34_000;

    private static void assertTopK(int[] nums, int k, int[] expected) {
        String call = "topKFrequent(" + (nums.length <= 12 ? Arrays.toString(nums) : nums.length + " numbers")
                + ", " + k + ")";
        int[] actual = new Solution().topKFrequent(nums.clone(), k);
        assertNotNull(actual, call + " returned null");
        int[] sorted = actual.clone();
        Arrays.sort(sorted);
        int[] sortedExpected = expected.clone();
        Arrays.sort(sortedExpected);
        if (!Arrays.equals(sortedExpected, sorted)) {
            String shownExpected = expected.length <= 12 ? Arrays.toString(expected) : expected.length + " values";
            String shownActual = actual.length <= 12 ? Arrays.toString(actual) : actual.length + " values";
            assertArrayEquals(sortedExpected, sorted, call + ": expected " + shownExpected + " in any order, got "
                    + shownActual);
        }
    }

    /**
     * Oracle: sorts a copy, so each run of equal numbers is one distinct value with its count, then orders
     * the (value, count) pairs most frequent first. Independent of hashing and heaps.
     */
    private static int[][] valueCountsByFrequency(int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        List<int[]> valueAndCount = new ArrayList<>();
        int start = 0;
        while (start < sorted.length) {
            int end = start;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            valueAndCount.add(new int[] {sorted[start], end - start});
            start = end;
        }
        valueAndCount.sort((a, b) -> Integer.compare(b[1], a[1]));
        return valueAndCount.toArray(new int[0][]);
    }

    /** The k most frequent values, from the oracle's pairs. */
    private static int[] topValues(int[][] valueCounts, int k) {
        int[] answer = new int[k];
        for (int i = 0; i < k; i++) {
            answer[i] = valueCounts[i][0];
        }
        return answer;
    }

    /** The k values for which the answer is unique: the k-th count is above the (k+1)-th. */
    private static List<Integer> uniqueKs(int[][] valueCounts) {
        List<Integer> ks = new ArrayList<>();
        for (int k = 1; k <= valueCounts.length; k++) {
            if (k == valueCounts.length || valueCounts[k - 1][1] > valueCounts[k][1]) {
                ks.add(k);
            }
        }
        return ks;
    }

    private static void runRandom(Random random, int rounds, int maxLength, int valueBound) {
        for (int round = 0; round < rounds; round++) {
            int[] nums = new int[1 + random.nextInt(maxLength)];
            for (int i = 0; i < nums.length; i++) {
                nums[i] = random.nextInt(2 * valueBound + 1) - valueBound;
            }
            int[][] valueCounts = valueCountsByFrequency(nums);
            List<Integer> ks = uniqueKs(valueCounts);
            int k = ks.get(random.nextInt(ks.size()));
            assertTopK(nums, k, topValues(valueCounts, k));
        }
    }

    @Test
    @DisplayName("example: [1,1,1,2,2,3], k = 2")
    void example() {
        assertTopK(new int[] {1, 1, 1, 2, 2, 3}, 2, new int[] {1, 2});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single number")
    void singleNumber() {
        assertTopK(new int[] {42}, 1, new int[] {42});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: every number the same")
    void allSame() {
        assertTopK(new int[] {7, 7, 7, 7}, 1, new int[] {7});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: k equals the number of distinct values")
    void kIsAllDistinct() {
        assertTopK(new int[] {3, 1, 2, 1, 3, 3}, 3, new int[] {1, 2, 3});
        assertTopK(new int[] {9, 8}, 2, new int[] {8, 9});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative numbers")
    void negativeNumbers() {
        assertTopK(new int[] {-5, -5, -2, -5, -2, -9}, 2, new int[] {-5, -2});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: large values")
    void largeValues() {
        assertTopK(new int[] {1_000_000_000, -1_000_000_000, 1_000_000_000, 0}, 1, new int[] {1_000_000_000});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: values tied inside the answer")
    void tiesInsideAnswer() {
        assertTopK(new int[] {5, 5, 6, 6, 7}, 2, new int[] {5, 6});
        assertTopK(new int[] {1, 2, 3, 1, 2, 3, 4}, 3, new int[] {1, 2, 3});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: each value appears once in the answer")
    void eachValueOnce() {
        assertTopK(new int[] {4, 4, 4, 4, 4, 1, 1, 2}, 2, new int[] {4, 1});
    }

    @Test
    @DisplayName("a value and its negation are different values")
    void valueAndNegation() {
        assertTopK(new int[] {3, 3, -3, -3, -3, 0}, 1, new int[] {-3});
    }

    @Test
    @DisplayName("ties below the cut-off do not matter")
    void tiesBelowCutOff() {
        assertTopK(new int[] {1, 1, 1, 2, 2, 3, 4}, 2, new int[] {1, 2});
    }

    @Test
    @DisplayName("random small arrays against brute force")
    void randomSmall() {
        runRandom(new Random(42), 500, 10, 4);
    }

    @Test
    @DisplayName("random longer arrays against brute force")
    void randomLonger() {
        runRandom(new Random(43), 200, 200, 30);
    }

    @Test
    @DisplayName("random wide values against brute force")
    void randomWide() {
        runRandom(new Random(44), 200, 60, 1_000_000_000);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 85 000 numbers, 34 000 distinct, k = 17 000")
    void perfHalfOfDistinct() {
        // Values 0 .. 16 999 occur three times, 17 000 .. 33 999 twice; shuffled. Picking the most frequent
        // value k times by scanning all the counts (O(k * distinct)) needs seconds; so does counting each
        // number by scanning the array (O(n^2)).
        int heavy = PERF_DISTINCT / 2;
        int[] nums = new int[3 * heavy + 2 * heavy];
        int next = 0;
        for (int value = 0; value < PERF_DISTINCT; value++) {
            int copies = value < heavy ? 3 : 2;
            for (int copy = 0; copy < copies; copy++) {
                nums[next++] = value * 7919 - 300_000_000;
            }
        }
        shuffle(nums, new Random(45));
        int[] expected = new int[heavy];
        for (int value = 0; value < heavy; value++) {
            expected[value] = value * 7919 - 300_000_000;
        }
        assertTopK(nums, heavy, expected);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 80 200 numbers with graded frequencies, k = 370")
    void perfGraded() {
        // Value v (1 .. 400) occurs v times: 80 200 numbers; the top 370 are 31 .. 400. Counting each number
        // by scanning the array (O(n^2)) needs seconds.
        int[] nums = new int[400 * 401 / 2];
        int next = 0;
        for (int value = 1; value <= 400; value++) {
            for (int copy = 0; copy < value; copy++) {
                nums[next++] = value;
            }
        }
        shuffle(nums, new Random(46));
        int[] expected = new int[370];
        for (int i = 0; i < 370; i++) {
            expected[i] = 31 + i;
        }
        assertTopK(nums, 370, expected);
    }

    private static void shuffle(int[] nums, Random random) {
        for (int i = nums.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = nums[i];
            nums[i] = nums[j];
            nums[j] = swap;
        }
    }
}
