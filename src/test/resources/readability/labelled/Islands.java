class Solution {
    public int numIslands(char[][] grid) {
        int count = 0;
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[row].length; column++) {
                if (grid[row][column] == '1') {
                    count++;
                    sink(grid, row, column); // expect: INPUT_MUTATED
                }
            }
        }
        return count;
    }

    private void sink(char[][] grid, int row, int column) {
        if (row < 0 || column < 0 || row >= grid.length || column >= grid[row].length || grid[row][column] != '1') { // expect: BOOLEAN_EXPRESSION, LINE_LENGTH
            return;
        }
        grid[row][column] = '0';
        sink(grid, row + 1, column);
        sink(grid, row - 1, column);
        sink(grid, row, column + 1);
        sink(grid, row, column - 1);
    }
}
