import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts by start, then sweeps once: an interval that starts at or before the end of the current merged
 * interval extends it; otherwise the current one is complete. O(n log n) time, O(n) space.
 */
class Solution {
    private static final int START = 0;
    private static final int END = 1;

    public int[][] merge(int[][] intervals) {
        if (intervals == null || intervals.length == 0) {
            return new int[0][];
        }
        int[][] byStart = intervals.clone(); // sort a copy: the caller's array keeps its order
        Arrays.sort(byStart, Comparator.comparingInt(interval -> interval[START]));

        List<int[]> merged = new ArrayList<>();
        int[] current = byStart[0].clone();
        for (int[] next : byStart) {
            if (next[START] <= current[END]) {
                // Overlapping or touching; max because next may lie entirely inside current.
                current[END] = Math.max(current[END], next[END]);
            } else {
                merged.add(current);
                current = next.clone();
            }
        }
        merged.add(current);
        return merged.toArray(new int[0][]);
    }
}
