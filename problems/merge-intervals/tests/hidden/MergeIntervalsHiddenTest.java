import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MergeIntervalsHiddenTest {

    private static final int PERF_SIZE = 40_000;
    private static final Comparator<int[]> BY_START_THEN_END =
            Comparator.<int[]>comparingInt(interval -> interval[0]).thenComparingInt(interval -> interval[1]);

    private static String describe(int[][] intervals) {
        return intervals.length <= 8 ? Arrays.deepToString(intervals) : intervals.length + " intervals";
    }

    private static String summary(int[][] intervals) {
        return intervals.length <= 8 ? Arrays.deepToString(intervals)
                : intervals.length + " intervals starting " + Arrays.deepToString(Arrays.copyOf(intervals, 3));
    }

    private static void assertMerged(int[][] intervals, int[][] expected) {
        String call = "merge(" + describe(intervals) + ")";
        int[][] copy = Arrays.stream(intervals).map(int[]::clone).toArray(int[][]::new);
        int[][] actual = new Solution().merge(copy);
        assertNotNull(actual, call + " returned null");
        int[][] sorted = actual.clone();
        for (int[] interval : sorted) {
            assertNotNull(interval, call + " returned a null interval");
            assertEquals(2, interval.length, call + " returned an interval that is not [start, end]");
        }
        Arrays.sort(sorted, BY_START_THEN_END);
        if (!Arrays.deepEquals(expected, sorted)) {
            assertEquals(summary(expected), summary(sorted), call + ": wrong merged intervals (compared sorted by start)");
        }
    }

    /** Brute-force oracle: merge any two overlapping intervals until no pair overlaps. */
    private static int[][] oracle(int[][] intervals) {
        List<int[]> pieces = new ArrayList<>();
        for (int[] interval : intervals) {
            pieces.add(interval.clone());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            search:
            for (int i = 0; i < pieces.size(); i++) {
                for (int j = i + 1; j < pieces.size(); j++) {
                    int[] a = pieces.get(i);
                    int[] b = pieces.get(j);
                    if (a[0] <= b[1] && b[0] <= a[1]) {
                        a[0] = Math.min(a[0], b[0]);
                        a[1] = Math.max(a[1], b[1]);
                        pieces.remove(j);
                        changed = true;
                        break search;
                    }
                }
            }
        }
        pieces.sort(BY_START_THEN_END);
        return pieces.toArray(new int[0][]);
    }

    private static int[][] randomIntervals(Random random, int count, int coordinateBound, int maxWidth) {
        int[][] intervals = new int[count][];
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(coordinateBound);
            intervals[i] = new int[] {start, start + random.nextInt(maxWidth + 1)};
        }
        return intervals;
    }

    private static void shuffle(int[][] intervals, Random random) {
        List<int[]> list = Arrays.asList(intervals);
        Collections.shuffle(list, random);
    }

    @Test
    @DisplayName("example: [[1,3],[2,6],[8,10],[15,18]]")
    void example() {
        assertMerged(new int[][] {{1, 3}, {2, 6}, {8, 10}, {15, 18}}, new int[][] {{1, 6}, {8, 10}, {15, 18}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no intervals")
    void noIntervals() {
        assertMerged(new int[0][], new int[0][]);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a single interval")
    void singleInterval() {
        assertMerged(new int[][] {{3, 8}}, new int[][] {{3, 8}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: touching intervals merge")
    void touching() {
        assertMerged(new int[][] {{1, 4}, {4, 5}}, new int[][] {{1, 5}});
        assertMerged(new int[][] {{0, 0}, {0, 2}, {2, 3}}, new int[][] {{0, 3}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: adjacent but not touching stay apart")
    void notTouching() {
        assertMerged(new int[][] {{1, 2}, {3, 4}}, new int[][] {{1, 2}, {3, 4}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: interval inside another")
    void contained() {
        assertMerged(new int[][] {{1, 10}, {2, 3}}, new int[][] {{1, 10}});
        assertMerged(new int[][] {{1, 10}, {2, 3}, {4, 5}, {11, 12}}, new int[][] {{1, 10}, {11, 12}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: unsorted input")
    void unsorted() {
        assertMerged(new int[][] {{8, 10}, {1, 3}, {15, 18}, {2, 6}}, new int[][] {{1, 6}, {8, 10}, {15, 18}});
        assertMerged(new int[][] {{4, 7}, {1, 4}}, new int[][] {{1, 7}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: zero-length intervals")
    void zeroLength() {
        assertMerged(new int[][] {{5, 5}, {1, 2}, {5, 5}, {2, 2}}, new int[][] {{1, 2}, {5, 5}});
        assertMerged(new int[][] {{0, 0}}, new int[][] {{0, 0}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: identical intervals")
    void identical() {
        assertMerged(new int[][] {{2, 6}, {2, 6}, {2, 6}}, new int[][] {{2, 6}});
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: one interval bridges a chain")
    void chain() {
        assertMerged(new int[][] {{1, 2}, {4, 5}, {7, 8}, {2, 7}}, new int[][] {{1, 8}});
        assertMerged(new int[][] {{6, 8}, {1, 9}, {2, 4}, {4, 7}}, new int[][] {{1, 9}});
    }

    @Test
    @DisplayName("large coordinates")
    void largeCoordinates() {
        assertMerged(new int[][] {{999_999_990, 1_000_000_000}, {0, 1_000_000_000}},
                new int[][] {{0, 1_000_000_000}});
        assertMerged(new int[][] {{1_000_000_000, 1_000_000_000}, {0, 999_999_999}},
                new int[][] {{0, 999_999_999}, {1_000_000_000, 1_000_000_000}});
    }

    @Test
    @DisplayName("random small intervals against brute force")
    void randomSmall() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            int[][] intervals = randomIntervals(random, 1 + random.nextInt(8), 20, 4);
            assertMerged(intervals, oracle(intervals));
        }
    }

    @Test
    @DisplayName("random wide intervals against brute force")
    void randomWide() {
        Random random = new Random(43);
        for (int i = 0; i < 200; i++) {
            int[][] intervals = randomIntervals(random, 1 + random.nextInt(40), 1_000, 60);
            assertMerged(intervals, oracle(intervals));
        }
    }

    @Test
    @DisplayName("random intervals with many duplicates against brute force")
    void randomDuplicates() {
        Random random = new Random(44);
        for (int i = 0; i < 300; i++) {
            int[][] intervals = randomIntervals(random, 1 + random.nextInt(12), 6, 2);
            assertMerged(intervals, oracle(intervals));
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 60 000 disjoint intervals, shuffled")
    void perfDisjoint() {
        int count = 60_000;
        int[][] intervals = new int[count][];
        int[][] expected = new int[count][];
        for (int i = 0; i < count; i++) {
            intervals[i] = new int[] {3 * i, 3 * i + 1};
            expected[i] = new int[] {3 * i, 3 * i + 1};
        }
        shuffle(intervals, new Random(45));
        assertMerged(intervals, expected);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 40 000 overlapping intervals, shuffled")
    void perfAllOverlap() {
        int[][] intervals = new int[PERF_SIZE][];
        for (int i = 0; i < PERF_SIZE; i++) {
            intervals[i] = new int[] {5 * i, 5 * i + 5};
        }
        shuffle(intervals, new Random(46));
        assertMerged(intervals, new int[][] {{0, 5 * PERF_SIZE}});
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 40 000 intervals in 1 000 groups, shuffled")
    void perfGroups() {
        int[][] intervals = new int[PERF_SIZE][];
        int groupSize = PERF_SIZE / 1_000;
        int[][] expected = new int[1_000][];
        for (int i = 0; i < PERF_SIZE; i++) {
            int group = i / groupSize;
            int offset = i % groupSize;
            intervals[i] = new int[] {group * 1_000_000 + offset, group * 1_000_000 + offset + 1};
        }
        for (int group = 0; group < 1_000; group++) {
            expected[group] = new int[] {group * 1_000_000, group * 1_000_000 + groupSize};
        }
        shuffle(intervals, new Random(47));
        assertMerged(intervals, expected);
    }
}
