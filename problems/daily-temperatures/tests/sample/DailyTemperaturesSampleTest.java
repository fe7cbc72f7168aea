import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailyTemperaturesSampleTest {

    private static void assertWaits(int[] temperatures, int[] expected) {
        int[] actual = new Solution().dailyTemperatures(temperatures.clone());
        assertArrayEquals(expected, actual, "dailyTemperatures(" + Arrays.toString(temperatures) + ") returned "
                + Arrays.toString(actual) + ", expected " + Arrays.toString(expected));
    }

    @Test
    @DisplayName("example 1: [73,74,75,71,69,72,76,73]")
    void example1() {
        assertWaits(new int[] {73, 74, 75, 71, 69, 72, 76, 73}, new int[] {1, 1, 4, 2, 1, 1, 0, 0});
    }

    @Test
    @DisplayName("example 2: [30,40,50,60]")
    void example2() {
        assertWaits(new int[] {30, 40, 50, 60}, new int[] {1, 1, 1, 0});
    }

    @Test
    @DisplayName("example 3: [30,60,90]")
    void example3() {
        assertWaits(new int[] {30, 60, 90}, new int[] {1, 1, 0});
    }
}
