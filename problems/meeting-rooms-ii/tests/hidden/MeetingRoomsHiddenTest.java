import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MeetingRoomsHiddenTest {

    // Perf sizes: an O(n log n) answer needs at most ~40 ms in a cold JVM; counting the overlaps at every
    // start (O(n^2)) needs over 4 s on each input, 4x the 1000 ms limit.
    private static final int PERF_RANDOM_SIZE = 36_000;
    private static final int PERF_SIZE = 60_000;

    private static void check(int expected, int[][] intervals) {
        String shown = intervals.length > 12 ? intervals.length + " meetings" : Arrays.deepToString(intervals);
        assertEquals(expected, new Solution().minMeetingRooms(intervals), "rooms for " + shown);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no meetings")
    void noMeetings() {
        check(0, new int[0][]);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single meeting")
    void singleMeeting() {
        check(1, new int[][] {{3, 8}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a chain of back-to-back meetings")
    void backToBackChain() {
        check(1, new int[][] {{0, 5}, {5, 10}, {10, 15}, {15, 20}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: identical meetings")
    void identicalMeetings() {
        check(3, new int[][] {{4, 9}, {4, 9}, {4, 9}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: nested meetings")
    void nestedMeetings() {
        check(2, new int[][] {{0, 100}, {10, 20}, {30, 40}, {50, 60}});
        check(3, new int[][] {{0, 100}, {10, 90}, {20, 80}, {85, 95}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: unsorted input, sorted by end time")
    void sortedByEnd() {
        check(3, new int[][] {{6, 8}, {1, 9}, {10, 12}, {2, 15}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the input array is not modified")
    void inputNotModified() {
        int[][] intervals = {{9, 10}, {4, 9}, {4, 17}};
        new Solution().minMeetingRooms(intervals);
        assertEquals("[[9, 10], [4, 9], [4, 17]]", Arrays.deepToString(intervals),
                "intervals [[9,10],[4,9],[4,17]] must be unchanged after the call");
    }

    @Test
    @DisplayName("all meetings overlap at one moment")
    void allOverlap() {
        check(4, new int[][] {{1, 10}, {2, 7}, {3, 19}, {6, 8}});
    }

    @Test
    @DisplayName("rooms are reused after a gap")
    void reuseAfterGap() {
        check(2, new int[][] {{1, 3}, {2, 4}, {5, 7}, {6, 8}, {9, 11}, {10, 12}});
    }

    @Test
    @DisplayName("largest coordinates")
    void largestCoordinates() {
        check(2, new int[][] {{0, 1_000_000}, {999_999, 1_000_000}, {0, 1}});
    }

    @Test
    @DisplayName("random small schedules (seeded) match a time-point oracle")
    void randomSmall() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int[][] intervals = randomIntervals(random, random.nextInt(10), 20, 8);
            check(oracle(intervals), copy(intervals));
        }
    }

    @Test
    @DisplayName("random busy schedules (seeded) match a time-point oracle")
    void randomBusy() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int[][] intervals = randomIntervals(random, 20 + random.nextInt(80), 60, 25);
            check(oracle(intervals), copy(intervals));
        }
    }

    @Test
    @DisplayName("random schedules of short meetings (seeded) match a time-point oracle")
    void randomShort() {
        Random random = new Random(13);
        for (int trial = 0; trial < 200; trial++) {
            int[][] intervals = randomIntervals(random, 1 + random.nextInt(60), 100, 3);
            check(oracle(intervals), copy(intervals));
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 36000 random meetings")
    void perfRandom() {
        int[][] intervals = randomIntervals(new Random(2024), PERF_RANDOM_SIZE, 950_000, 50_000);
        int expected = sweepOracle(intervals);
        assertTrue(expected > 1000, "test setup: the schedule should be busy");
        check(expected, intervals);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 60000 back-to-back meetings in reverse order")
    void perfBackToBack() {
        int[][] intervals = new int[PERF_SIZE][];
        for (int i = 0; i < PERF_SIZE; i++) {
            int start = (PERF_SIZE - 1 - i) * 10;
            intervals[i] = new int[] {start, start + 10};
        }
        check(1, intervals);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 60000 nested meetings")
    void perfNested() {
        int[][] intervals = new int[PERF_SIZE][];
        for (int i = 0; i < PERF_SIZE; i++) {
            intervals[i] = new int[] {i, 2 * PERF_SIZE - i};
        }
        check(PERF_SIZE, intervals);
    }

    /** Oracle: the most meetings in progress at any integer time point (start <= t < end). */
    private static int oracle(int[][] intervals) {
        int lastEnd = 0;
        for (int[] meeting : intervals) {
            lastEnd = Math.max(lastEnd, meeting[1]);
        }
        int best = 0;
        for (int time = 0; time < lastEnd; time++) {
            int inProgress = 0;
            for (int[] meeting : intervals) {
                if (meeting[0] <= time && time < meeting[1]) {
                    inProgress++;
                }
            }
            best = Math.max(best, inProgress);
        }
        return best;
    }

    /** Independent check for large inputs: +1 at each start, -1 at each end, and the highest running sum. */
    private static int sweepOracle(int[][] intervals) {
        int lastEnd = 0;
        for (int[] meeting : intervals) {
            lastEnd = Math.max(lastEnd, meeting[1]);
        }
        int[] change = new int[lastEnd + 1];
        for (int[] meeting : intervals) {
            change[meeting[0]]++;
            change[meeting[1]]--;
        }
        int inProgress = 0;
        int best = 0;
        for (int time = 0; time < lastEnd; time++) {
            inProgress += change[time];
            best = Math.max(best, inProgress);
        }
        return best;
    }

    private static int[][] randomIntervals(Random random, int count, int horizon, int maxLength) {
        int[][] intervals = new int[count][];
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(horizon);
            intervals[i] = new int[] {start, start + 1 + random.nextInt(maxLength)};
        }
        return intervals;
    }

    private static int[][] copy(int[][] intervals) {
        int[][] copied = new int[intervals.length][];
        for (int i = 0; i < intervals.length; i++) {
            copied[i] = intervals[i].clone();
        }
        return copied;
    }
}
