import java.util.ArrayDeque;
import java.util.Deque;

class Solution {

    private static final int FRESH = 1;
    private static final int ROTTEN = 2;
    private static final int NEVER = -1;
    private static final int[][] NEIGHBOUR_OFFSETS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    /**
     * Multi-source breadth-first search: all initially rotten oranges form the first frontier, and each
     * round of the search is one minute. Works on a copy so the caller's grid is left untouched.
     */
    public int orangesRotting(int[][] grid) {
        if (grid == null || grid.length == 0 || grid[0].length == 0) {
            return 0;
        }
        int[][] cells = copyOf(grid);
        Deque<int[]> frontier = new ArrayDeque<>();
        int freshRemaining = collectRottenAndCountFresh(cells, frontier);
        int minutes = 0;
        while (freshRemaining > 0 && !frontier.isEmpty()) {
            freshRemaining -= spreadOneMinute(cells, frontier);
            minutes++;
        }
        return freshRemaining == 0 ? minutes : NEVER;
    }

    private static int collectRottenAndCountFresh(int[][] cells, Deque<int[]> frontier) {
        int freshCount = 0;
        for (int row = 0; row < cells.length; row++) {
            for (int column = 0; column < cells[row].length; column++) {
                if (cells[row][column] == ROTTEN) {
                    frontier.add(new int[] {row, column});
                } else if (cells[row][column] == FRESH) {
                    freshCount++;
                }
            }
        }
        return freshCount;
    }

    /** Rots the fresh neighbours of the current frontier only; they become the next minute's frontier. */
    private static int spreadOneMinute(int[][] cells, Deque<int[]> frontier) {
        int rottedNow = 0;
        int frontierSize = frontier.size();
        for (int i = 0; i < frontierSize; i++) {
            int[] rotten = frontier.poll();
            for (int[] offset : NEIGHBOUR_OFFSETS) {
                int row = rotten[0] + offset[0];
                int column = rotten[1] + offset[1];
                if (isFresh(cells, row, column)) {
                    cells[row][column] = ROTTEN;
                    frontier.add(new int[] {row, column});
                    rottedNow++;
                }
            }
        }
        return rottedNow;
    }

    private static boolean isFresh(int[][] cells, int row, int column) {
        boolean inside = row >= 0 && row < cells.length && column >= 0 && column < cells[row].length;
        return inside && cells[row][column] == FRESH;
    }

    private static int[][] copyOf(int[][] grid) {
        int[][] copied = new int[grid.length][];
        for (int row = 0; row < grid.length; row++) {
            copied[row] = grid[row].clone();
        }
        return copied;
    }
}
