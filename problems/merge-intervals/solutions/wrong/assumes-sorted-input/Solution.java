import java.util.ArrayList;
import java.util.List;

// Bug: sweeps the intervals in input order without sorting them first.
class Solution {
    public int[][] merge(int[][] intervals) {
        List<int[]> result = new ArrayList<>();
        for (int[] interval : intervals) {
            if (!result.isEmpty() && interval[0] <= result.get(result.size() - 1)[1]) {
                int[] last = result.get(result.size() - 1);
                last[1] = Math.max(last[1], interval[1]);
            } else {
                result.add(interval.clone());
            }
        }
        return result.toArray(new int[0][]);
    }
}
