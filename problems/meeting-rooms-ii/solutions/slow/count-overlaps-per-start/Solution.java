class Solution {
    public int minMeetingRooms(int[][] intervals) {
        int best = 0;
        // the peak is always at some meeting's start: count meetings in progress there
        for (int[] candidate : intervals) {
            int time = candidate[0];
            int inProgress = 0;
            for (int[] meeting : intervals) {
                if (meeting[0] <= time && time < meeting[1]) inProgress++;
            }
            best = Math.max(best, inProgress);
        }
        return best;
    }
}
