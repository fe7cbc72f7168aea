import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TrappingRainWaterHiddenTest {

    private static final int PERF_SIZE = 100_000;

    private static void check(int expected, int[] heights) {
        String shown = heights.length > 16 ? heights.length + " bars" : Arrays.toString(heights);
        assertEquals(expected, new Solution().trap(heights), "water for " + shown);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty map")
    void emptyMap() {
        check(0, new int[0]);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: one bar")
    void oneBar() {
        check(0, new int[] {5});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: two bars")
    void twoBars() {
        check(0, new int[] {3, 7});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: strictly rising ground")
    void rising() {
        check(0, new int[] {1, 2, 3, 4, 5});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: strictly falling ground")
    void falling() {
        check(0, new int[] {9, 6, 4, 1, 0});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: flat ground and all zeros")
    void flat() {
        check(0, new int[] {3, 3, 3, 3});
        check(0, new int[] {0, 0, 0});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: equal walls")
    void equalWalls() {
        check(12, new int[] {4, 0, 1, 0, 3, 4});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: one wide basin across the whole map")
    void wideBasin() {
        check(35, new int[] {5, 0, 0, 0, 0, 0, 0, 0, 7});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: nested basins fill to the outer level")
    void nestedBasins() {
        check(17, new int[] {6, 2, 4, 1, 4, 2, 6});
    }

    @Test
    @DisplayName("falling then rising: a V shape")
    void valley() {
        check(16, new int[] {5, 4, 3, 2, 1, 2, 3, 4, 5});
    }

    @Test
    @DisplayName("tallest bar in the middle")
    void peakInMiddle() {
        check(7, new int[] {2, 0, 2, 9, 1, 0, 3});
    }

    @Test
    @DisplayName("the input array is not modified")
    void inputNotModified() {
        int[] heights = {3, 0, 2, 0, 4};
        new Solution().trap(heights);
        assertArrayEquals(new int[] {3, 0, 2, 0, 4}, heights, "height [3,0,2,0,4] must be unchanged after the call");
    }

    @Test
    @DisplayName("random small maps (seeded) match a per-bar oracle")
    void randomSmall() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int[] heights = randomHeights(random, random.nextInt(15), 6);
            check(oracle(heights), heights.clone());
        }
    }

    @Test
    @DisplayName("random larger maps (seeded) match a per-bar oracle")
    void randomLarger() {
        Random random = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            int[] heights = randomHeights(random, 50 + random.nextInt(500), 10_000);
            check(oracle(heights), heights.clone());
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100000 random bars")
    void perfRandom() {
        int[] heights = randomHeights(new Random(2024), PERF_SIZE, 10_000);
        check(prefixMaximaOracle(heights), heights);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: one basin 100000 bars wide")
    void perfWideBasin() {
        int[] heights = new int[PERF_SIZE];
        heights[0] = 10_000;
        heights[PERF_SIZE - 1] = 10_000;
        check((PERF_SIZE - 2) * 10_000, heights);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 100000-bar mountain range with a saw-tooth floor")
    void perfSawTooth() {
        int[] heights = new int[PERF_SIZE];
        for (int i = 0; i < PERF_SIZE; i++) {
            heights[i] = i % 2 == 0 ? 10_000 - i % 7 : i % 5;
        }
        check(prefixMaximaOracle(heights), heights);
    }

    /** Oracle: for every bar, scan both sides for the highest bar. */
    private static int oracle(int[] heights) {
        int total = 0;
        for (int i = 0; i < heights.length; i++) {
            int leftMax = 0;
            int rightMax = 0;
            for (int j = 0; j <= i; j++) {
                leftMax = Math.max(leftMax, heights[j]);
            }
            for (int j = i; j < heights.length; j++) {
                rightMax = Math.max(rightMax, heights[j]);
            }
            total += Math.min(leftMax, rightMax) - heights[i];
        }
        return total;
    }

    /** Independent linear check for large maps: highest bar to the left and right of each bar, precomputed. */
    private static int prefixMaximaOracle(int[] heights) {
        int length = heights.length;
        int[] leftMax = new int[length];
        int[] rightMax = new int[length];
        for (int i = 0; i < length; i++) {
            leftMax[i] = Math.max(heights[i], i > 0 ? leftMax[i - 1] : 0);
        }
        for (int i = length - 1; i >= 0; i--) {
            rightMax[i] = Math.max(heights[i], i < length - 1 ? rightMax[i + 1] : 0);
        }
        long total = 0;
        for (int i = 0; i < length; i++) {
            total += Math.min(leftMax[i], rightMax[i]) - heights[i];
        }
        return Math.toIntExact(total);
    }

    private static int[] randomHeights(Random random, int length, int maxHeight) {
        int[] heights = new int[length];
        for (int i = 0; i < length; i++) {
            heights[i] = random.nextInt(maxHeight + 1);
        }
        return heights;
    }
}
