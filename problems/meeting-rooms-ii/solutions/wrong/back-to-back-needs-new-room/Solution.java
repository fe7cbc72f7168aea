import java.util.Arrays;
import java.util.PriorityQueue;

class Solution {
    public int minMeetingRooms(int[][] intervals) {
        if (intervals.length == 0) return 0;
        int[][] sorted = intervals.clone();
        Arrays.sort(sorted, (a, b) -> a[0] - b[0]);
        PriorityQueue<Integer> ends = new PriorityQueue<>();
        for (int[] meeting : sorted) {
            if (!ends.isEmpty() && ends.peek() < meeting[0]) { // should be <=: the room is free at its end time
                ends.poll();
            }
            ends.add(meeting[1]);
        }
        return ends.size();
    }
}
