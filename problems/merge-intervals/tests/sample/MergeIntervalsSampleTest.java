import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MergeIntervalsSampleTest {

    private static void assertMerged(int[][] intervals, int[][] expected) {
        String input = Arrays.deepToString(intervals);
        int[][] copy = Arrays.stream(intervals).map(int[]::clone).toArray(int[][]::new);
        int[][] actual = new Solution().merge(copy);
        assertNotNull(actual, "merge(" + input + ") returned null");
        int[][] sorted = actual.clone();
        Arrays.sort(sorted, Comparator.<int[]>comparingInt(interval -> interval[0]).thenComparingInt(interval -> interval[1]));
        assertEquals(Arrays.deepToString(expected), Arrays.deepToString(sorted), "merge(" + input + ")");
    }

    @Test
    @DisplayName("example 1: [[1,3],[2,6],[8,10],[15,18]]")
    void example1() {
        assertMerged(new int[][] {{1, 3}, {2, 6}, {8, 10}, {15, 18}}, new int[][] {{1, 6}, {8, 10}, {15, 18}});
    }

    @Test
    @DisplayName("example 2: touching [[1,4],[4,5]]")
    void example2() {
        assertMerged(new int[][] {{1, 4}, {4, 5}}, new int[][] {{1, 5}});
    }

    @Test
    @DisplayName("example 3: unsorted [[4,7],[1,4]]")
    void example3() {
        assertMerged(new int[][] {{4, 7}, {1, 4}}, new int[][] {{1, 7}});
    }
}
