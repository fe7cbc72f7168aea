import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CourseScheduleSampleTest {

    private static void assertCanFinish(int numCourses, int[][] prerequisites, boolean expected) {
        assertEquals(expected, new Solution().canFinish(numCourses, prerequisites),
                "canFinish(" + numCourses + ", " + Arrays.deepToString(prerequisites) + ")");
    }

    @Test
    @DisplayName("example 1: one prerequisite")
    void example1() {
        assertCanFinish(2, new int[][] {{1, 0}}, true);
    }

    @Test
    @DisplayName("example 2: two courses need each other")
    void example2() {
        assertCanFinish(2, new int[][] {{1, 0}, {0, 1}}, false);
    }

    @Test
    @DisplayName("example 3: a diamond")
    void example3() {
        assertCanFinish(4, new int[][] {{1, 0}, {2, 0}, {3, 1}, {3, 2}}, true);
    }
}
