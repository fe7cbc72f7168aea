import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): an n x n grid, each cell land with probability
 * one half.
 * The same n and seed always give the same arguments.
 */
public final class NumberOfIslandsInputs {
    private NumberOfIslandsInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        Random random = new Random(seed);
        int side = Math.max(1, n);
        char[][] grid = new char[side][side];
        for (char[] row : grid) {
            for (int column = 0; column < side; column++) {
                row[column] = random.nextBoolean() ? '1' : '0';
            }
        }
        return new Object[] {grid};
    }
}
