import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

class Solution {
    private static final int START = 0;
    private static final int END = 1;

    /** Merges overlapping [start, end] intervals; the result is sorted by start. */
    public int[][] merge(int[][] intervals) {
        if (intervals == null || intervals.length == 0) {
            return new int[0][];
        }
        int[][] byStart = intervals.clone();
        Arrays.sort(byStart, Comparator.comparingInt(interval -> interval[START]));
        List<int[]> merged = new ArrayList<>();
        for (int[] interval : byStart) {
            if (!merged.isEmpty() && overlaps(last(merged), interval)) {
                last(merged)[END] = Math.max(last(merged)[END], interval[END]);
            } else {
                merged.add(interval.clone());
            }
        }
        return merged.toArray(new int[0][]);
    }

    private static boolean overlaps(int[] earlier, int[] later) {
        return later[START] <= earlier[END];
    }

    private static int[] last(List<int[]> intervals) {
        return intervals.get(intervals.size() - 1);
    }
}
