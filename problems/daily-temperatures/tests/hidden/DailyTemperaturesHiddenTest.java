import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DailyTemperaturesHiddenTest {

    private static final int PERF_DAYS = 200_000;

    private static void assertWaits(int[] temperatures, int[] expected) {
        int[] actual = new Solution().dailyTemperatures(temperatures.clone());
        String call = "dailyTemperatures(" + (temperatures.length <= 12 ? Arrays.toString(temperatures)
                : temperatures.length + " days") + ")";
        assertNotNull(actual, call + " returned null");
        assertEquals(expected.length, actual.length, call + ": length of the answer");
        for (int day = 0; day < expected.length; day++) {
            if (actual[day] != expected[day]) {
                assertEquals(expected[day], actual[day], call + ": answer for day " + day + " (temperature "
                        + temperatures[day] + ")");
            }
        }
    }

    /** Brute-force oracle: scan ahead from every day. */
    private static int[] oracle(int[] temperatures) {
        int[] answer = new int[temperatures.length];
        for (int i = 0; i < temperatures.length; i++) {
            for (int j = i + 1; j < temperatures.length; j++) {
                if (temperatures[j] > temperatures[i]) {
                    answer[i] = j - i;
                    break;
                }
            }
        }
        return answer;
    }

    private static void runRandom(Random random, int rounds, int maxLength, int low, int high) {
        for (int round = 0; round < rounds; round++) {
            int[] temperatures = new int[random.nextInt(maxLength + 1)];
            for (int i = 0; i < temperatures.length; i++) {
                temperatures[i] = low + random.nextInt(high - low + 1);
            }
            assertWaits(temperatures, oracle(temperatures));
        }
    }

    @Test
    @DisplayName("example: [73,74,75,71,69,72,76,73]")
    void example() {
        assertWaits(new int[] {73, 74, 75, 71, 69, 72, 76, 73}, new int[] {1, 1, 4, 2, 1, 1, 0, 0});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no days")
    void noDays() {
        assertWaits(new int[0], new int[0]);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single day")
    void singleDay() {
        assertWaits(new int[] {55}, new int[] {0});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: equal temperatures are not warmer")
    void equalNotWarmer() {
        assertWaits(new int[] {50, 50, 50}, new int[] {0, 0, 0});
        assertWaits(new int[] {50, 50, 51}, new int[] {2, 1, 0});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: falling temperatures")
    void falling() {
        assertWaits(new int[] {90, 80, 70, 60, 50}, new int[] {0, 0, 0, 0, 0});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: one warm day resolves many earlier days")
    void oneWarmDayResolvesMany() {
        assertWaits(new int[] {35, 34, 33, 40}, new int[] {3, 2, 1, 0});
        assertWaits(new int[] {60, 50, 40, 30, 45, 70}, new int[] {5, 4, 2, 1, 1, 0});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the answer is a number of days, not an index")
    void waitNotIndex() {
        assertWaits(new int[] {40, 30, 31, 32, 41}, new int[] {4, 1, 1, 1, 0});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the last day gets 0")
    void lastDay() {
        assertWaits(new int[] {30, 100}, new int[] {1, 0});
        assertWaits(new int[] {100, 30}, new int[] {0, 0});
    }

    @Test
    @DisplayName("valley then peak")
    void valleyThenPeak() {
        assertWaits(new int[] {70, 60, 50, 60, 70, 80}, new int[] {5, 3, 1, 1, 1, 0});
    }

    @Test
    @DisplayName("random days against brute force")
    void randomDays() {
        runRandom(new Random(42), 500, 12, 30, 100);
    }

    @Test
    @DisplayName("random days with few distinct temperatures against brute force")
    void randomFewTemperatures() {
        runRandom(new Random(43), 500, 15, 30, 33);
    }

    @Test
    @DisplayName("random longer runs against brute force")
    void randomLonger() {
        runRandom(new Random(44), 50, 400, 30, 100);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 200 000 equally warm days")
    void perfAllEqual() {
        int[] temperatures = new int[PERF_DAYS];
        Arrays.fill(temperatures, 64);
        assertWaits(temperatures, new int[PERF_DAYS]);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 200 000 equal days, then one warmer day")
    void perfPlateauThenWarm() {
        int[] temperatures = new int[PERF_DAYS];
        Arrays.fill(temperatures, 50);
        temperatures[PERF_DAYS - 1] = 51;
        int[] expected = new int[PERF_DAYS];
        for (int day = 0; day < PERF_DAYS - 1; day++) {
            expected[day] = PERF_DAYS - 1 - day;
        }
        assertWaits(temperatures, expected);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 200 000 days in repeating waves")
    void perfWaves() {
        int[] temperatures = new int[PERF_DAYS];
        for (int day = 0; day < PERF_DAYS; day++) {
            temperatures[day] = 100 - day % 71;
        }
        int[] expected = new int[PERF_DAYS];
        for (int day = 0; day < PERF_DAYS; day++) {
            // Each wave falls from 100 to 30; the next wave's 100 is the first warmer day, except for a 100.
            int waveStart = day - day % 71;
            boolean nextWaveExists = waveStart + 71 < PERF_DAYS;
            expected[day] = temperatures[day] < 100 && nextWaveExists ? waveStart + 71 - day : 0;
        }
        assertWaits(temperatures, expected);
    }
}
