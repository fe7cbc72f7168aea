class Solution {
    public int orangesRotting(int[][] grid) {
        int m = grid.length, n = grid[0].length;
        int minutes = 0;
        while (true) {
            boolean changed = false;
            boolean fresh = false;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    if (grid[i][j] != 1) continue;
                    // bug: looks at the grid it is updating, so rot can travel several cells in one minute
                    if ((i > 0 && grid[i - 1][j] == 2) || (i < m - 1 && grid[i + 1][j] == 2)
                            || (j > 0 && grid[i][j - 1] == 2) || (j < n - 1 && grid[i][j + 1] == 2)) {
                        grid[i][j] = 2;
                        changed = true;
                    } else {
                        fresh = true;
                    }
                }
            }
            if (!changed) return fresh ? -1 : minutes;
            minutes++;
        }
    }
}
