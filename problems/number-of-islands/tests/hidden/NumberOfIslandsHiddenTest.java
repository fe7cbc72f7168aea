import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NumberOfIslandsHiddenTest {

    private static final int PERF_SIDE = 600;

    private static char[][] grid(String... rows) {
        char[][] grid = new char[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            grid[i] = rows[i].toCharArray();
        }
        return grid;
    }

    private static char[][] filled(int rows, int columns, char cell) {
        char[][] grid = new char[rows][columns];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, cell);
        }
        return grid;
    }

    private static String describe(char[][] grid) {
        if (grid.length == 0) {
            return "[]";
        }
        if (grid.length * grid[0].length > 64) {
            return grid.length + "x" + grid[0].length + " grid";
        }
        StringBuilder out = new StringBuilder();
        for (char[] row : grid) {
            out.append(out.length() == 0 ? "" : "/").append(row);
        }
        return out.toString();
    }

    private static void assertIslands(int expected, char[][] grid) {
        String call = "numIslands(" + describe(grid) + ")";
        char[][] copy = new char[grid.length][];
        for (int i = 0; i < grid.length; i++) {
            copy[i] = grid[i].clone();
        }
        assertEquals(expected, new Solution().numIslands(copy), call);
    }

    /** Brute-force oracle: every land cell takes the smallest label among its neighbours until nothing changes. */
    private static int oracle(char[][] grid) {
        int rows = grid.length;
        int columns = rows == 0 ? 0 : grid[0].length;
        int[][] label = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                label[r][c] = grid[r][c] == '1' ? r * columns + c : -1;
            }
        }
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (label[r][c] < 0) {
                        continue;
                    }
                    for (int[] step : steps) {
                        int nr = r + step[0];
                        int nc = c + step[1];
                        if (nr >= 0 && nr < rows && nc >= 0 && nc < columns && label[nr][nc] >= 0
                                && label[nr][nc] < label[r][c]) {
                            label[r][c] = label[nr][nc];
                            changed = true;
                        }
                    }
                }
            }
        }
        Set<Integer> distinct = new HashSet<>();
        for (int[] row : label) {
            for (int value : row) {
                if (value >= 0) {
                    distinct.add(value);
                }
            }
        }
        return distinct.size();
    }

    private static char[][] randomGrid(Random random, int rows, int columns, double landChance) {
        char[][] grid = new char[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = random.nextDouble() < landChance ? '1' : '0';
            }
        }
        return grid;
    }

    @Test
    @DisplayName("example: three islands")
    void example() {
        assertIslands(3, grid("11000", "11000", "00100", "00011"));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty grid")
    void emptyGrid() {
        assertIslands(0, new char[0][]);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single cell")
    void singleCell() {
        assertIslands(1, grid("1"));
        assertIslands(0, grid("0"));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: all water")
    void allWater() {
        assertIslands(0, filled(20, 30, '0'));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: all land")
    void allLand() {
        assertIslands(1, filled(50, 50, '1'));
        assertIslands(1, filled(3, 7, '1'));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single row and a single column")
    void singleRowAndColumn() {
        assertIslands(3, grid("1011101"));
        assertIslands(2, grid("0", "1", "1", "0", "1"));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: grids that are not square")
    void notSquare() {
        assertIslands(3, grid("1100011", "0001000"));
        assertIslands(2, grid("10", "10", "00", "01", "01", "00", "00"));
        assertIslands(5, grid("1000001", "0000000", "1001001"));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: diagonal neighbours are not connected")
    void diagonalNotConnected() {
        assertIslands(13, grid("10101", "01010", "10101", "01010", "10101"));
        assertIslands(2, grid("10", "01"));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: islands that wind back up and left")
    void windingIslands() {
        assertIslands(1, grid("101", "101", "111"));
        assertIslands(1, grid("0001", "0011", "0110", "1100"));
        assertIslands(1, grid("11111", "00001", "11101", "10001", "11111"));
        assertIslands(1, grid("0101", "0101", "1111"));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a ring around a lake with an island inside")
    void ringAroundLake() {
        assertIslands(1, grid("11111", "10001", "10001", "11111"));
        assertIslands(2, grid("11111", "10001", "10101", "10001", "11111"));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: land on the border does not wrap around")
    void borderLand() {
        assertIslands(4, grid("101", "000", "101"));
        assertIslands(2, grid("1001", "1001"));
    }

    @Test
    @DisplayName("random small grids against brute force")
    void randomSmall() {
        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            char[][] grid = randomGrid(random, 1 + random.nextInt(6), 1 + random.nextInt(6), 0.5);
            assertIslands(oracle(grid), grid);
        }
    }

    @Test
    @DisplayName("random medium grids against brute force")
    void randomMedium() {
        Random random = new Random(43);
        for (int i = 0; i < 30; i++) {
            char[][] grid = randomGrid(random, 10 + random.nextInt(30), 10 + random.nextInt(30), 0.45);
            assertIslands(oracle(grid), grid);
        }
    }

    @Test
    @DisplayName("random dense grids against brute force")
    void randomDense() {
        Random random = new Random(44);
        for (int i = 0; i < 100; i++) {
            char[][] grid = randomGrid(random, 2 + random.nextInt(12), 2 + random.nextInt(12), 0.7);
            assertIslands(oracle(grid), grid);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 600x600 grid of 14 400 square islands")
    void perfSquareIslands() {
        char[][] grid = new char[PERF_SIDE][PERF_SIDE];
        for (int r = 0; r < PERF_SIDE; r++) {
            for (int c = 0; c < PERF_SIDE; c++) {
                grid[r][c] = r % 5 < 4 && c % 5 < 4 ? '1' : '0';
            }
        }
        assertIslands((PERF_SIDE / 5) * (PERF_SIDE / 5), grid);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 600x600 checkerboard")
    void perfCheckerboard() {
        char[][] grid = new char[PERF_SIDE][PERF_SIDE];
        for (int r = 0; r < PERF_SIDE; r++) {
            for (int c = 0; c < PERF_SIDE; c++) {
                grid[r][c] = (r + c) % 2 == 0 ? '1' : '0';
            }
        }
        assertIslands(PERF_SIDE * PERF_SIDE / 2, grid);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 600x600 grid of 400 comb-shaped islands")
    void perfCombs() {
        // Each 30x30 block holds a comb: a solid top row with teeth hanging from every other column.
        int block = 30;
        char[][] grid = new char[PERF_SIDE][PERF_SIDE];
        for (int r = 0; r < PERF_SIDE; r++) {
            for (int c = 0; c < PERF_SIDE; c++) {
                int inRow = r % block;
                int inColumn = c % block;
                boolean inside = inRow < block - 1 && inColumn < block - 1;
                boolean land = inside && (inRow == 0 || inColumn % 2 == 0);
                grid[r][c] = land ? '1' : '0';
            }
        }
        assertIslands((PERF_SIDE / block) * (PERF_SIDE / block), grid);
    }
}
