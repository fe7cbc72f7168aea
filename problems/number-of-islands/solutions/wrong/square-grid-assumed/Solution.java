// Bug: uses the number of rows as the number of columns too, so on a grid that is not square
// it misses columns (wide grids) or indexes past the end of a row (tall grids).
class Solution {
    public int numIslands(char[][] grid) {
        int n = grid.length;
        int count = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] == '1') {
                    count++;
                    sink(grid, r, c, n);
                }
            }
        }
        return count;
    }

    private void sink(char[][] grid, int r, int c, int n) {
        if (r < 0 || r >= n || c < 0 || c >= n || grid[r][c] != '1') {
            return;
        }
        grid[r][c] = '0';
        sink(grid, r + 1, c, n);
        sink(grid, r - 1, c, n);
        sink(grid, r, c + 1, n);
        sink(grid, r, c - 1, n);
    }
}
