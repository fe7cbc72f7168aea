import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContainerWithMostWaterSampleTest {

    private static void assertArea(int[] height, int expected) {
        assertEquals(expected, new Solution().maxArea(height.clone()), "maxArea(" + Arrays.toString(height) + ")");
    }

    @Test
    @DisplayName("example 1: [1,8,6,2,5,4,8,3,7]")
    void example1() {
        assertArea(new int[] {1, 8, 6, 2, 5, 4, 8, 3, 7}, 49);
    }

    @Test
    @DisplayName("example 2: [1,1]")
    void example2() {
        assertArea(new int[] {1, 1}, 1);
    }

    @Test
    @DisplayName("example 3: [4,3,2,1,4]")
    void example3() {
        assertArea(new int[] {4, 3, 2, 1, 4}, 16);
    }
}
