import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

// Correct but O(n^2): each interval absorbs every overlapping interval already in the list.
class Solution {
    public int[][] merge(int[][] intervals) {
        List<int[]> result = new ArrayList<>();
        for (int[] interval : intervals) {
            int start = interval[0];
            int end = interval[1];
            Iterator<int[]> it = result.iterator();
            while (it.hasNext()) {
                int[] other = it.next();
                if (other[0] <= end && start <= other[1]) {
                    start = Math.min(start, other[0]);
                    end = Math.max(end, other[1]);
                    it.remove();
                }
            }
            result.add(new int[] {start, end});
        }
        return result.toArray(new int[0][]);
    }
}
