import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TwoSumSampleTest {

    private static void assertIndices(int[] nums, int target, int[] expected) {
        int[] actual = new Solution().twoSum(nums.clone(), target);
        String call = "twoSum(" + Arrays.toString(nums) + ", " + target + ")";
        assertNotNull(actual, call + " returned null");
        int[] sortedActual = actual.clone();
        Arrays.sort(sortedActual);
        assertArrayEquals(expected, sortedActual,
                call + ": expected indices " + Arrays.toString(expected) + " in any order, got " + Arrays.toString(actual));
    }

    @Test
    @DisplayName("example 1: [2, 7, 11, 15], target 9")
    void example1() {
        assertIndices(new int[] {2, 7, 11, 15}, 9, new int[] {0, 1});
    }

    @Test
    @DisplayName("example 2: [3, 2, 4], target 6")
    void example2() {
        assertIndices(new int[] {3, 2, 4}, 6, new int[] {1, 2});
    }

    @Test
    @DisplayName("example 3: [3, 3], target 6")
    void example3() {
        assertIndices(new int[] {3, 3}, 6, new int[] {0, 1});
    }
}
