import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;

class Solution {

    private static final int START = 0;
    private static final int END = 1;

    /**
     * Visit meetings in start order, keeping the end times of the rooms in use in a min-heap. Before a
     * meeting starts, every room whose meeting has ended (end <= start, since meetings are half-open) is
     * freed. The most rooms in use at once is the answer. O(n log n) time, O(n) space.
     */
    public int minMeetingRooms(int[][] intervals) {
        if (intervals == null || intervals.length == 0) {
            return 0;
        }
        // sort a shallow copy so the caller's array keeps its order
        int[][] byStart = intervals.clone();
        Arrays.sort(byStart, Comparator.comparingInt(meeting -> meeting[START]));
        PriorityQueue<Integer> endTimesInUse = new PriorityQueue<>();
        int mostRoomsInUse = 0;
        for (int[] meeting : byStart) {
            while (!endTimesInUse.isEmpty() && endTimesInUse.peek() <= meeting[START]) {
                endTimesInUse.poll();
            }
            endTimesInUse.add(meeting[END]);
            mostRoomsInUse = Math.max(mostRoomsInUse, endTimesInUse.size());
        }
        return mostRoomsInUse;
    }
}
