import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RottingOrangesHiddenTest {

    private static void check(int expected, int[][] grid) {
        String shown = Arrays.deepToString(grid);
        assertEquals(expected, new Solution().orangesRotting(grid), "grid " + (shown.length() > 200 ? shown.substring(0, 200) + "..." : shown));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no oranges at all")
    void noOranges() {
        check(0, new int[][] {{0}});
        check(0, new int[][] {{0, 0}, {0, 0}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no fresh oranges")
    void noFresh() {
        check(0, new int[][] {{2, 2}, {0, 2}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: fresh oranges but no rotten one")
    void noRotten() {
        check(-1, new int[][] {{1, 1}, {0, 1}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a fresh orange walled off by empty cells")
    void walledOff() {
        check(-1, new int[][] {{2, 1, 0, 1}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: only diagonally adjacent")
    void diagonalOnly() {
        check(-1, new int[][] {{2, 0}, {0, 1}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: two rotten oranges spread at the same time")
    void simultaneousSources() {
        check(2, new int[][] {{2, 1, 1, 1, 2}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single row")
    void singleRow() {
        check(4, new int[][] {{2, 1, 1, 1, 1}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: single column")
    void singleColumn() {
        check(2, new int[][] {{1}, {1}, {2}, {1}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: newly rotten oranges wait a minute (spreading right and down)")
    void newlyRottenWait() {
        check(4, new int[][] {{2, 1, 1}, {0, 0, 1}, {0, 0, 1}});
    }

    @Test
    @DisplayName("spreading up and to the left")
    void spreadUpLeft() {
        check(4, new int[][] {{1, 1, 0}, {0, 1, 1}, {0, 0, 2}});
    }

    @Test
    @DisplayName("2D grid with two sources")
    void twoSources2d() {
        check(2, new int[][] {{2, 1, 1, 0}, {1, 1, 1, 1}, {0, 1, 1, 2}});
    }

    @Test
    @DisplayName("random small grids (seeded) match a minute-by-minute oracle")
    void randomSmall() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int[][] grid = randomGrid(random, 1 + random.nextInt(5), 1 + random.nextInt(5), 0.3, 0.15);
            check(oracle(grid), copy(grid));
        }
    }

    @Test
    @DisplayName("random medium grids (seeded) match a minute-by-minute oracle")
    void randomMedium() {
        Random random = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            int[][] grid = randomGrid(random, 5 + random.nextInt(26), 5 + random.nextInt(26), 0.15, 0.02);
            check(oracle(grid), copy(grid));
        }
    }

    @Test
    @DisplayName("random grids with a single rotten orange (seeded) match a minute-by-minute oracle")
    void randomSingleSource() {
        Random random = new Random(11);
        for (int trial = 0; trial < 100; trial++) {
            int[][] grid = randomGrid(random, 2 + random.nextInt(15), 2 + random.nextInt(15), 0.1, 0.0);
            grid[random.nextInt(grid.length)][random.nextInt(grid[0].length)] = 2;
            check(oracle(grid), copy(grid));
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: winding line of 80000 oranges in a 399 x 400 grid")
    void perfSnake() {
        int rows = 399;
        int columns = 400;
        int[][] grid = new int[rows][columns];
        for (int row = 0; row < rows; row++) {
            if (row % 2 == 0) {
                Arrays.fill(grid[row], 1);
            } else {
                grid[row][row % 4 == 1 ? columns - 1 : 0] = 1;
            }
        }
        grid[0][0] = 2;
        int cells = (rows + 1) / 2 * columns + (rows - 1) / 2;
        assertEquals(cells - 1, new Solution().orangesRotting(grid), "winding line of " + cells + " oranges");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 700 x 700 fresh oranges, one rotten in the middle")
    void perfFullGrid() {
        int size = 700;
        int[][] grid = new int[size][size];
        for (int[] row : grid) {
            Arrays.fill(row, 1);
        }
        grid[size / 2][size / 2] = 2;
        assertEquals(700, new Solution().orangesRotting(grid), "700 x 700 grid rotting from (350,350)");
    }

    /** Oracle: simulate minute by minute from a snapshot, so new rot only spreads the next minute. */
    private static int oracle(int[][] original) {
        int[][] grid = copy(original);
        int[][] offsets = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int minute = 0; ; minute++) {
            int[][] snapshot = copy(grid);
            boolean anyFresh = false;
            boolean changed = false;
            for (int row = 0; row < grid.length; row++) {
                for (int column = 0; column < grid[0].length; column++) {
                    if (snapshot[row][column] != 1) {
                        continue;
                    }
                    anyFresh = true;
                    for (int[] offset : offsets) {
                        int r = row + offset[0];
                        int c = column + offset[1];
                        if (r >= 0 && r < grid.length && c >= 0 && c < grid[0].length && snapshot[r][c] == 2) {
                            grid[row][column] = 2;
                            changed = true;
                        }
                    }
                }
            }
            if (!anyFresh) {
                return minute;
            }
            if (!changed) {
                return -1;
            }
        }
    }

    private static int[][] randomGrid(Random random, int rows, int columns, double emptyShare, double rottenShare) {
        int[][] grid = new int[rows][columns];
        for (int[] row : grid) {
            for (int column = 0; column < columns; column++) {
                double roll = random.nextDouble();
                row[column] = roll < emptyShare ? 0 : roll < emptyShare + rottenShare ? 2 : 1;
            }
        }
        return grid;
    }

    private static int[][] copy(int[][] grid) {
        int[][] copied = new int[grid.length][];
        for (int row = 0; row < grid.length; row++) {
            copied[row] = grid[row].clone();
        }
        return copied;
    }
}
