import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TopKFrequentHiddenTest {

    private static final int PERF_DISTINCT = 60_000;

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

    /** Brute-force oracle: counts each distinct value by scanning, sorts the values by count. */
    private static int[] oracle(int[] nums, int k) {
        int[] distinct = Arrays.stream(nums).distinct().toArray();
        int[][] valueAndCount = new int[distinct.length][];
        for (int i = 0; i < distinct.length; i++) {
            int count = 0;
            for (int number : nums) {
                if (number == distinct[i]) {
                    count++;
                }
            }
            valueAndCount[i] = new int[] {distinct[i], count};
        }
        Arrays.sort(valueAndCount, (a, b) -> Integer.compare(b[1], a[1]));
        int[] answer = new int[k];
        for (int i = 0; i < k; i++) {
            answer[i] = valueAndCount[i][0];
        }
        return answer;
    }

    /** The k values for which the answer is unique: the k-th count is above the (k+1)-th. */
    private static List<Integer> uniqueKs(int[] nums) {
        int[] distinct = Arrays.stream(nums).distinct().toArray();
        List<Integer> counts = new ArrayList<>();
        for (int value : distinct) {
            counts.add((int) Arrays.stream(nums).filter(number -> number == value).count());
        }
        counts.sort(Collections.reverseOrder());
        List<Integer> ks = new ArrayList<>();
        for (int k = 1; k <= counts.size(); k++) {
            if (k == counts.size() || counts.get(k - 1) > counts.get(k)) {
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
            List<Integer> ks = uniqueKs(nums);
            int k = ks.get(random.nextInt(ks.size()));
            assertTopK(nums, k, oracle(nums, k));
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
    @DisplayName("perf: 150 000 numbers, 60 000 distinct, k = 30 000")
    void perfHalfOfDistinct() {
        // Values 0 .. 29 999 occur three times, 30 000 .. 59 999 twice; shuffled.
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
    @DisplayName("perf: 200 000 numbers with graded frequencies, k = 600")
    void perfGraded() {
        // Value v (1 .. 630) occurs v times: 198 765 numbers; the top 600 are 31 .. 630.
        List<Integer> list = new ArrayList<>();
        for (int value = 1; value <= 630; value++) {
            for (int copy = 0; copy < value; copy++) {
                list.add(value);
            }
        }
        int[] nums = list.stream().mapToInt(Integer::intValue).toArray();
        shuffle(nums, new Random(46));
        int[] expected = new int[600];
        for (int i = 0; i < 600; i++) {
            expected[i] = 31 + i;
        }
        assertTopK(nums, 600, expected);
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
