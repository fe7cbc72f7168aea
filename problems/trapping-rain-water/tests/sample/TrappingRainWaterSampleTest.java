import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrappingRainWaterSampleTest {

    @Test
    @DisplayName("example 1: [0,1,0,2,1,0,1,3,2,1,2,1]")
    void exampleOne() {
        assertEquals(6, new Solution().trap(new int[] {0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}),
                "water for [0,1,0,2,1,0,1,3,2,1,2,1]");
    }

    @Test
    @DisplayName("example 2: [4,2,0,3,2,5]")
    void exampleTwo() {
        assertEquals(9, new Solution().trap(new int[] {4, 2, 0, 3, 2, 5}), "water for [4,2,0,3,2,5]");
    }

    @Test
    @DisplayName("example 3: [1,0,1]")
    void exampleThree() {
        assertEquals(1, new Solution().trap(new int[] {1, 0, 1}), "water for [1,0,1]");
    }
}
