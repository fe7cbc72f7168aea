import java.util.ArrayDeque;
import java.util.Queue;

class Solution {
    private static final int[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    public int orangesRotting(int[][] grid) { // expect: COGNITIVE_COMPLEXITY
        Queue<int[]> rotten = new ArrayDeque<>();
        int fresh = 0;
        for (int row = 0; row < grid.length; row++) {
            for (int column = 0; column < grid[0].length; column++) {
                if (grid[row][column] == 2) {
                    rotten.add(new int[] {row, column});
                } else if (grid[row][column] == 1) {
                    fresh++;
                }
            }
        }
        int minutes = 0;
        while (!rotten.isEmpty() && fresh > 0) {
            for (int size = rotten.size(); size > 0; size--) {
                int[] cell = rotten.poll();
                for (int[] direction : DIRECTIONS) {
                    int x = cell[0] + direction[0];
                    int y = cell[1] + direction[1];
                    if (x >= 0 && y >= 0 && x < grid.length && y < grid[0].length && grid[x][y] == 1) { // expect: BOOLEAN_EXPRESSION, NESTING, LINE_LENGTH
                        grid[x][y] = 2; // expect: INPUT_MUTATED
                        fresh--;
                        rotten.add(new int[] {x, y});
                    }
                }
            }
            minutes++;
        }
        return fresh == 0 ? minutes : -1;
    }
}
