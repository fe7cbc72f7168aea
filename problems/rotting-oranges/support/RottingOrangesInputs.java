/**
 * Inputs for measuring growth (see complexity: in problem.yaml): an n x n grid holding one winding line of fresh
 * oranges (every other row full, joined at alternate ends), rotten at its start: the rot needs about n² / 2
 * minutes to reach the end. Each joining row also holds one fresh orange at a column the seed picks, which rots
 * next to the line: the same work and answer, on a grid the call has not seen.
 * The same n and seed always give the same arguments.
 */
public final class RottingOrangesInputs {
    private RottingOrangesInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        int side = Math.max(2, n);
        java.util.Random random = new java.util.Random(seed);
        int[][] grid = new int[side][side];
        for (int row = 0; row < side; row += 2) {
            java.util.Arrays.fill(grid[row], 1);
            if (row + 1 < side) {
                grid[row + 1][(row / 2) % 2 == 0 ? side - 1 : 0] = 1;
                grid[row + 1][1 + random.nextInt(Math.max(1, side - 2))] = 1;
            }
        }
        grid[0][0] = 2;
        return new Object[] {grid};
    }
}
