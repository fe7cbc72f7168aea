import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NumberOfIslandsSampleTest {

    private static void assertIslands(int expected, String... rows) {
        char[][] grid = new char[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            grid[i] = rows[i].toCharArray();
        }
        assertEquals(expected, new Solution().numIslands(grid), "numIslands(" + String.join("/", rows) + ")");
    }

    @Test
    @DisplayName("example 1: one large island")
    void example1() {
        assertIslands(1, "11110", "11010", "11000", "00000");
    }

    @Test
    @DisplayName("example 2: three islands")
    void example2() {
        assertIslands(3, "11000", "11000", "00100", "00011");
    }

    @Test
    @DisplayName("a single row")
    void singleRow() {
        assertIslands(3, "1011101");
    }
}
