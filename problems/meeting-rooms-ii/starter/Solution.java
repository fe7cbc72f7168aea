class Solution {
    public int minMeetingRooms(int[][] intervals) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
