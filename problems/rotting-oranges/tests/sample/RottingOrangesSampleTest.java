import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RottingOrangesSampleTest {

    @Test
    @DisplayName("example 1: everything rots in 4 minutes")
    void exampleOne() {
        int[][] grid = {{2, 1, 1}, {1, 1, 0}, {0, 1, 1}};
        assertEquals(4, new Solution().orangesRotting(grid), "grid [[2,1,1],[1,1,0],[0,1,1]]");
    }

    @Test
    @DisplayName("example 2: an unreachable orange gives -1")
    void exampleTwo() {
        int[][] grid = {{2, 1, 1}, {0, 1, 1}, {1, 0, 1}};
        assertEquals(-1, new Solution().orangesRotting(grid), "grid [[2,1,1],[0,1,1],[1,0,1]]");
    }

    @Test
    @DisplayName("example 3: no fresh oranges gives 0")
    void exampleThree() {
        int[][] grid = {{0, 2}};
        assertEquals(0, new Solution().orangesRotting(grid), "grid [[0,2]]");
    }
}
