// Bug: counts land cells with no land above or to the left, assuming that is where each island starts;
// a U shape or a staircase has several such cells.
class Solution {
    public int numIslands(char[][] grid) {
        int count = 0;
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] != '1') {
                    continue;
                }
                boolean landAbove = r > 0 && grid[r - 1][c] == '1';
                boolean landLeft = c > 0 && grid[r][c - 1] == '1';
                if (!landAbove && !landLeft) {
                    count++;
                }
            }
        }
        return count;
    }
}
