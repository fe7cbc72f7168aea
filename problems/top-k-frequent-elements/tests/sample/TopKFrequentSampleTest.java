import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopKFrequentSampleTest {

    private static void assertTopK(int[] nums, int k, int[] expected) {
        String call = "topKFrequent(" + Arrays.toString(nums) + ", " + k + ")";
        int[] actual = new Solution().topKFrequent(nums.clone(), k);
        assertNotNull(actual, call + " returned null");
        int[] sorted = actual.clone();
        Arrays.sort(sorted);
        int[] sortedExpected = expected.clone();
        Arrays.sort(sortedExpected);
        assertArrayEquals(sortedExpected, sorted, call + ": expected " + Arrays.toString(expected)
                + " in any order, got " + Arrays.toString(actual));
    }

    @Test
    @DisplayName("example 1: [1,1,1,2,2,3], k = 2")
    void example1() {
        assertTopK(new int[] {1, 1, 1, 2, 2, 3}, 2, new int[] {1, 2});
    }

    @Test
    @DisplayName("example 2: [1], k = 1")
    void example2() {
        assertTopK(new int[] {1}, 1, new int[] {1});
    }

    @Test
    @DisplayName("example 3: [4,-1,4,-1,7,4], k = 2")
    void example3() {
        assertTopK(new int[] {4, -1, 4, -1, 7, 4}, 2, new int[] {4, -1});
    }
}
