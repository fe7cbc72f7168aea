import java.util.Arrays;
import java.util.PriorityQueue;

class Solution {
    public int minMeetingRooms(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> a[0] - b[0]); // expect: INPUT_MUTATED
        PriorityQueue<Integer> endTimes = new PriorityQueue<>();
        for (int[] meeting : intervals) {
            if (!endTimes.isEmpty() && endTimes.peek() <= meeting[0]) {
                endTimes.poll();
            }
            endTimes.add(meeting[1]);
        }
        return endTimes.size();
    }
}
