import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ContainerWithMostWaterHiddenTest {

    private static final int PERF_SIZE = 200_000;
    private static final int MAX_HEIGHT = 10_000;

    private static String describe(int[] height) {
        return height.length <= 12 ? Arrays.toString(height) : height.length + " lines";
    }

    private static void assertArea(int[] height, int expected) {
        assertEquals(expected, new Solution().maxArea(height.clone()), "maxArea(" + describe(height) + ")");
    }

    /** Brute-force oracle: every pair. */
    private static int oracle(int[] height) {
        int best = 0;
        for (int i = 0; i < height.length; i++) {
            for (int j = i + 1; j < height.length; j++) {
                best = Math.max(best, Math.min(height[i], height[j]) * (j - i));
            }
        }
        return best;
    }

    private static void runRandom(Random random, int rounds, int maxLength, int maxHeight) {
        for (int round = 0; round < rounds; round++) {
            int[] height = new int[2 + random.nextInt(maxLength - 1)];
            for (int i = 0; i < height.length; i++) {
                height[i] = random.nextInt(maxHeight + 1);
            }
            assertArea(height, oracle(height));
        }
    }

    @Test
    @DisplayName("example: [1,8,6,2,5,4,8,3,7]")
    void example() {
        assertArea(new int[] {1, 8, 6, 2, 5, 4, 8, 3, 7}, 49);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: exactly two lines")
    void twoLines() {
        assertArea(new int[] {1, 1}, 1);
        assertArea(new int[] {7, 3}, 3);
        assertArea(new int[] {0, 9}, 0);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: all heights zero")
    void allZero() {
        assertArea(new int[] {0, 0, 0, 0}, 0);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the shorter line limits the area")
    void shorterLineLimits() {
        assertArea(new int[] {1, 10_000, 1}, 2);
        assertArea(new int[] {2, 3, 10_000, 2}, 6);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: equal heights at both ends, better inside")
    void equalEndsBetterInside() {
        assertArea(new int[] {1, 8, 8, 1}, 8);
        assertArea(new int[] {2, 1, 9, 1, 9, 1, 2}, 18);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: increasing heights")
    void increasing() {
        assertArea(new int[] {1, 2, 3, 4, 5, 6}, 9);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: decreasing heights")
    void decreasing() {
        assertArea(new int[] {6, 5, 4, 3, 2, 1}, 9);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: width is the distance between lines")
    void widthIsDistance() {
        assertArea(new int[] {5, 5}, 5);
        assertArea(new int[] {3, 0, 3}, 6);
    }

    @Test
    @DisplayName("tallest lines are not the answer")
    void tallestNotAnswer() {
        assertArea(new int[] {4, 1, 1, 9, 9, 1, 1, 4}, 28);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: largest possible area, 200 000 lines")
    void perfLargestArea() {
        int[] height = new int[PERF_SIZE];
        height[0] = MAX_HEIGHT;
        height[PERF_SIZE - 1] = MAX_HEIGHT;
        assertArea(height, MAX_HEIGHT * (PERF_SIZE - 1));
    }

    @Test
    @DisplayName("random small arrays against brute force")
    void randomSmall() {
        Random random = new Random(42);
        runRandom(random, 500, 8, 6);
    }

    @Test
    @DisplayName("random arrays with many equal heights against brute force")
    void randomEqualHeights() {
        runRandom(new Random(43), 500, 12, 2);
    }

    @Test
    @DisplayName("random longer arrays against brute force")
    void randomLonger() {
        runRandom(new Random(44), 100, 300, MAX_HEIGHT);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 200 000 increasing heights")
    void perfIncreasing() {
        int[] height = new int[PERF_SIZE];
        for (int i = 0; i < PERF_SIZE; i++) {
            height[i] = i / 20;
        }
        // For a fixed left line i, the widest partner (the last line) is best, as heights never decrease.
        int expected = 0;
        for (int i = 0; i < PERF_SIZE - 1; i++) {
            expected = Math.max(expected, height[i] * (PERF_SIZE - 1 - i));
        }
        assertArea(height, expected);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 200 000 random heights with two tall lines inside")
    void perfRandomWithTallLines() {
        Random random = new Random(45);
        int[] height = new int[PERF_SIZE];
        for (int i = 0; i < PERF_SIZE; i++) {
            height[i] = random.nextInt(100);
        }
        int first = 1_000;
        int second = PERF_SIZE - 1_000;
        height[first] = MAX_HEIGHT;
        height[second] = MAX_HEIGHT;
        // Any other pair is lower than 100 or not wider by more than 2 000 lines.
        assertArea(height, MAX_HEIGHT * (second - first));
    }
}
