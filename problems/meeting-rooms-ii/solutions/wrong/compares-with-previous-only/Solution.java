import java.util.Arrays;

class Solution {
    public int minMeetingRooms(int[][] intervals) {
        if (intervals.length == 0) return 0;
        int[][] sorted = intervals.clone();
        Arrays.sort(sorted, (a, b) -> a[0] - b[0]);
        int rooms = 1, best = 1;
        int lastEnd = sorted[0][1];
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i][0] < lastEnd) {
                rooms++;
            } else {
                rooms = 1; // assumes every room frees up once the latest meeting ends
            }
            lastEnd = Math.max(lastEnd, sorted[i][1]);
            best = Math.max(best, rooms);
        }
        return best;
    }
}
