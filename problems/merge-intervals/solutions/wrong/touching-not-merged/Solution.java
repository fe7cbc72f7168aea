import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// Bug: strict comparison, so intervals that only touch ([1, 4] and [4, 5]) are kept apart.
class Solution {
    public int[][] merge(int[][] intervals) {
        if (intervals.length == 0) {
            return new int[0][];
        }
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> result = new ArrayList<>();
        int[] current = intervals[0].clone();
        for (int i = 1; i < intervals.length; i++) {
            if (intervals[i][0] < current[1]) {
                current[1] = Math.max(current[1], intervals[i][1]);
            } else {
                result.add(current);
                current = intervals[i].clone();
            }
        }
        result.add(current);
        return result.toArray(new int[0][]);
    }
}
