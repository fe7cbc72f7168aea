import java.util.SplittableRandom;

/**
 * Inputs for measuring growth (see complexity: in problem.yaml): n days that never get warmer (temperatures fall
 * from 100 towards 30 by one degree on random days, at most every other day, by the seed): no day has a warmer one ahead, so a scan ahead runs to the end
 * every time, and each call gets a series it has not seen before.
 * The same n and seed always give the same arguments.
 */
public final class DailyTemperaturesInputs {
    private static final int WARMEST = 100;
    private static final int COLDEST = 30;

    private DailyTemperaturesInputs() {
    }

    public static Object[] arguments(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] temperatures = new int[Math.max(1, n)];
        int today = WARMEST;
        for (int day = 0; day < temperatures.length; day++) {
            if (today > COLDEST && random.nextInt(Math.max(2 * (WARMEST - COLDEST), temperatures.length)) < WARMEST - COLDEST) {
                today--;
            }
            temperatures[day] = today;
        }
        return new Object[] {temperatures};
    }
}
