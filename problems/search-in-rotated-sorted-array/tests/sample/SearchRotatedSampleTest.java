import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchRotatedSampleTest {

    private static void assertSearch(int[] nums, int target, int expected) {
        assertEquals(expected, new Solution().search(nums.clone(), target),
                "search(" + Arrays.toString(nums) + ", " + target + ")");
    }

    @Test
    @DisplayName("example 1: target 0 in [4,5,6,7,0,1,2]")
    void example1() {
        assertSearch(new int[] {4, 5, 6, 7, 0, 1, 2}, 0, 4);
    }

    @Test
    @DisplayName("example 2: target 3 in [4,5,6,7,0,1,2]")
    void example2() {
        assertSearch(new int[] {4, 5, 6, 7, 0, 1, 2}, 3, -1);
    }

    @Test
    @DisplayName("example 3: target 0 in [1]")
    void example3() {
        assertSearch(new int[] {1}, 0, -1);
    }
}
