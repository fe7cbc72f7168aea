import java.util.Arrays;

class Solution {
    public int minMeetingRooms(int[][] intervals) {
        int[] starts = new int[intervals.length];
        int[] ends = new int[intervals.length];
        for (int index = 0; index < intervals.length; index++) {
            starts[index] = intervals[index][0];
            ends[index] = intervals[index][1];
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int rooms = 0;
        int endPointer = 0;
        for (int start : starts) {
            if (start < ends[endPointer]) {
                rooms++;
            } else {
                endPointer++;
            }
        }
        return rooms;
    }
}
