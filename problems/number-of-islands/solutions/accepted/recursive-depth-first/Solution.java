/**
 * Scans the grid; every land cell not yet visited starts a new island, which a recursive depth-first
 * search marks as visited. O(m·n) time and space; recursion depth is at most the size of one island.
 */
class Solution {
    private static final char LAND = '1';

    public int numIslands(char[][] grid) {
        if (grid == null || grid.length == 0 || grid[0].length == 0) {
            return 0;
        }
        boolean[][] visited = new boolean[grid.length][grid[0].length];
        int islandCount = 0;
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[row].length; column++) {
                if (isUnvisitedLand(grid, visited, row, column)) {
                    markIsland(grid, visited, row, column);
                    islandCount++;
                }
            }
        }
        return islandCount;
    }

    private void markIsland(char[][] grid, boolean[][] visited, int row, int column) {
        if (!isUnvisitedLand(grid, visited, row, column)) {
            return;
        }
        visited[row][column] = true;
        markIsland(grid, visited, row + 1, column);
        markIsland(grid, visited, row - 1, column);
        markIsland(grid, visited, row, column + 1);
        markIsland(grid, visited, row, column - 1);
    }

    private boolean isUnvisitedLand(char[][] grid, boolean[][] visited, int row, int column) {
        boolean insideGrid = row >= 0 && row < grid.length && column >= 0 && column < grid[row].length;
        return insideGrid && grid[row][column] == LAND && !visited[row][column];
    }
}
