import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// Bug: on overlap the merged end becomes the next interval's end instead of the larger end,
// so [1, 10] and [2, 3] merge into [1, 3].
class Solution {
    public int[][] merge(int[][] intervals) {
        if (intervals.length == 0) {
            return new int[0][];
        }
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> result = new ArrayList<>();
        int[] current = intervals[0];
        for (int i = 1; i < intervals.length; i++) {
            if (intervals[i][0] <= current[1]) {
                current = new int[] {current[0], intervals[i][1]};
            } else {
                result.add(current);
                current = intervals[i];
            }
        }
        result.add(current);
        return result.toArray(new int[0][]);
    }
}
