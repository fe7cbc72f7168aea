import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// Bug: adds an interval to the result only when a gap closes it, and forgets the last open interval
// after the loop.
class Solution {
    public int[][] merge(int[][] intervals) {
        if (intervals.length == 0) {
            return new int[0][];
        }
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> result = new ArrayList<>();
        int start = intervals[0][0];
        int end = intervals[0][1];
        for (int[] interval : intervals) {
            if (interval[0] <= end) {
                end = Math.max(end, interval[1]);
            } else {
                result.add(new int[] {start, end});
                start = interval[0];
                end = interval[1];
            }
        }
        return result.toArray(new int[0][]);
    }
}
