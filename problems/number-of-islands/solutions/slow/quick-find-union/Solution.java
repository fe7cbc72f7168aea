// Correct but O((m·n)^2): union-find without parent pointers ("quick-find"); every union relabels
// the whole grid.
class Solution {
    public int numIslands(char[][] grid) {
        if (grid.length == 0 || grid[0].length == 0) {
            return 0;
        }
        int rows = grid.length;
        int cols = grid[0].length;
        int[] label = new int[rows * cols];
        int components = 0;
        for (int i = 0; i < label.length; i++) {
            label[i] = i;
            if (grid[i / cols][i % cols] == '1') {
                components++;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != '1') {
                    continue;
                }
                if (r + 1 < rows && grid[r + 1][c] == '1') {
                    components -= union(label, r * cols + c, (r + 1) * cols + c);
                }
                if (c + 1 < cols && grid[r][c + 1] == '1') {
                    components -= union(label, r * cols + c, r * cols + c + 1);
                }
            }
        }
        return components;
    }

    private int union(int[] label, int a, int b) {
        int from = label[a];
        int to = label[b];
        if (from == to) {
            return 0;
        }
        for (int i = 0; i < label.length; i++) {
            if (label[i] == from) {
                label[i] = to;
            }
        }
        return 1;
    }
}
