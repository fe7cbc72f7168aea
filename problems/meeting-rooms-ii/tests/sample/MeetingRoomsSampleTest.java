import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeetingRoomsSampleTest {

    @Test
    @DisplayName("example 1: [[0,30],[5,10],[15,20]]")
    void exampleOne() {
        assertEquals(2, new Solution().minMeetingRooms(new int[][] {{0, 30}, {5, 10}, {15, 20}}),
                "rooms for [[0,30],[5,10],[15,20]]");
    }

    @Test
    @DisplayName("example 2: [[7,10],[2,4]]")
    void exampleTwo() {
        assertEquals(1, new Solution().minMeetingRooms(new int[][] {{7, 10}, {2, 4}}), "rooms for [[7,10],[2,4]]");
    }

    @Test
    @DisplayName("example 3: back to back [[1,5],[5,9]]")
    void exampleThree() {
        assertEquals(1, new Solution().minMeetingRooms(new int[][] {{1, 5}, {5, 9}}), "rooms for [[1,5],[5,9]]");
    }
}
