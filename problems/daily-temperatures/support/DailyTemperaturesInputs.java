import java.util.Random;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n equally warm days: no day has a warmer one
 * ahead, so a scan ahead runs to the end every time.
 * The same n and seed always give the same arguments.
 */
public final class DailyTemperaturesInputs {
    private DailyTemperaturesInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        int[] temperatures = new int[Math.max(1, n)];
        java.util.Arrays.fill(temperatures, 30 + new Random(seed).nextInt(40));
        return new Object[] {temperatures};
    }
}
