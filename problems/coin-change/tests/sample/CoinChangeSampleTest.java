import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoinChangeSampleTest {

    @Test
    @DisplayName("example 1: coins [1,2,5], amount 11")
    void exampleOne() {
        assertEquals(3, new Solution().coinChange(new int[] {1, 2, 5}, 11), "coins [1,2,5], amount 11");
    }

    @Test
    @DisplayName("example 2: coins [2], amount 3")
    void exampleTwo() {
        assertEquals(-1, new Solution().coinChange(new int[] {2}, 3), "coins [2], amount 3");
    }

    @Test
    @DisplayName("example 3: coins [1], amount 0")
    void exampleThree() {
        assertEquals(0, new Solution().coinChange(new int[] {1}, 0), "coins [1], amount 0");
    }
}
