import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Scans the grid; every land cell not yet visited starts a new island, which a breadth-first flood fill
 * marks as visited. Each cell is visited once: O(m·n) time and space. The caller's grid is left unchanged,
 * and the explicit queue means no recursion depth to worry about.
 */
class Solution {
    private static final char LAND = '1';
    private static final int[][] NEIGHBOUR_OFFSETS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    public int numIslands(char[][] grid) {
        if (grid == null || grid.length == 0 || grid[0].length == 0) {
            return 0;
        }
        boolean[][] visited = new boolean[grid.length][grid[0].length];
        int islandCount = 0;
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[row].length; column++) {
                if (grid[row][column] == LAND && !visited[row][column]) {
                    markIsland(grid, visited, row, column);
                    islandCount++;
                }
            }
        }
        return islandCount;
    }

    /** Marks every land cell connected to the start cell as visited. */
    private void markIsland(char[][] grid, boolean[][] visited, int startRow, int startColumn) {
        Deque<int[]> frontier = new ArrayDeque<>();
        visited[startRow][startColumn] = true;
        frontier.add(new int[] {startRow, startColumn});
        while (!frontier.isEmpty()) {
            int[] cell = frontier.poll();
            for (int[] offset : NEIGHBOUR_OFFSETS) {
                int row = cell[0] + offset[0];
                int column = cell[1] + offset[1];
                if (isUnvisitedLand(grid, visited, row, column)) {
                    visited[row][column] = true;
                    frontier.add(new int[] {row, column});
                }
            }
        }
    }

    private boolean isUnvisitedLand(char[][] grid, boolean[][] visited, int row, int column) {
        boolean insideGrid = row >= 0 && row < grid.length && column >= 0 && column < grid[row].length;
        return insideGrid && grid[row][column] == LAND && !visited[row][column];
    }
}
