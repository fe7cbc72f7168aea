class Solution {
    private static final char LAND = '1';
    private static final char VISITED = '#';

    /** Counts groups of horizontally or vertically connected land cells; the grid is marked as it is read. */
    public int numberOfIslands(char[][] grid) {
        if (grid == null || grid.length == 0) {
            return 0;
        }
        int islands = 0;
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[row].length; column++) {
                if (grid[row][column] == LAND) {
                    sinkIsland(grid, row, column);
                    islands++;
                }
            }
        }
        return islands;
    }

    private static void sinkIsland(char[][] grid, int row, int column) {
        if (!isInside(grid, row, column) || grid[row][column] != LAND) {
            return;
        }
        grid[row][column] = VISITED;
        sinkIsland(grid, row + 1, column);
        sinkIsland(grid, row - 1, column);
        sinkIsland(grid, row, column + 1);
        sinkIsland(grid, row, column - 1);
    }

    private static boolean isInside(char[][] grid, int row, int column) {
        return row >= 0 && row < grid.length && column >= 0 && column < grid[row].length;
    }
}
