import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KthLargestSampleTest {

    @Test
    @DisplayName("example 1: [3,2,1,5,6,4], k = 2")
    void exampleOne() {
        assertEquals(5, new Solution().findKthLargest(new int[] {3, 2, 1, 5, 6, 4}, 2), "[3,2,1,5,6,4], k = 2");
    }

    @Test
    @DisplayName("example 2: [3,2,3,1,2,4,5,5,6], k = 4")
    void exampleTwo() {
        assertEquals(4, new Solution().findKthLargest(new int[] {3, 2, 3, 1, 2, 4, 5, 5, 6}, 4),
                "[3,2,3,1,2,4,5,5,6], k = 4");
    }

    @Test
    @DisplayName("example 3: [7], k = 1")
    void exampleThree() {
        assertEquals(7, new Solution().findKthLargest(new int[] {7}, 1), "[7], k = 1");
    }
}
