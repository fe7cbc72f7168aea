import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CoinChangeHiddenTest {

    private static int solve(int[] coins, int amount) {
        return new Solution().coinChange(coins, amount);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: zero amount")
    void zeroAmount() {
        assertEquals(0, solve(new int[] {1, 2, 5}, 0), "coins [1,2,5], amount 0");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: zero amount with only large coins")
    void zeroAmountLargeCoins() {
        assertEquals(0, solve(new int[] {7}, 0), "coins [7], amount 0");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: unreachable amount with a single coin")
    void unreachableSingleCoin() {
        assertEquals(-1, solve(new int[] {2}, 7), "coins [2], amount 7");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: unreachable amount although smaller amounts are reachable")
    void unreachableSeveralCoins() {
        assertEquals(-1, solve(new int[] {4, 6}, 7), "coins [4,6], amount 7");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: every coin larger than the amount")
    void coinsLargerThanAmount() {
        assertEquals(-1, solve(new int[] {5, 10}, 3), "coins [5,10], amount 3");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: huge denomination 2^31-1 alone")
    void hugeCoinAlone() {
        assertEquals(-1, solve(new int[] {Integer.MAX_VALUE}, 2), "coins [2147483647], amount 2");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: huge denomination next to small ones")
    void hugeCoinMixed() {
        assertEquals(4, solve(new int[] {Integer.MAX_VALUE, 3, 2}, 10), "coins [2147483647,3,2], amount 10");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: answer equals the amount")
    void answerEqualsAmount() {
        assertEquals(99, solve(new int[] {1, 100}, 99), "coins [1,100], amount 99");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: greedy is wrong")
    void greedyIsWrong() {
        assertEquals(2, solve(new int[] {1, 3, 4}, 6), "coins [1,3,4], amount 6");
    }

    @Test
    @DisplayName("exact single coin")
    void exactSingleCoin() {
        assertEquals(1, solve(new int[] {3, 7}, 7), "coins [3,7], amount 7");
    }

    @Test
    @DisplayName("unsorted coins [2,5,10,1], amount 27")
    void unsortedCoins() {
        assertEquals(4, solve(new int[] {2, 5, 10, 1}, 27), "coins [2,5,10,1], amount 27");
    }

    @Test
    @DisplayName("coins array is not modified")
    void coinsNotModified() {
        int[] coins = {5, 1, 2};
        solve(coins, 11);
        assertArrayEquals(new int[] {5, 1, 2}, coins, "coins [5,1,2] must be unchanged after the call");
    }

    @Test
    @DisplayName("random small cases (seeded) match a breadth-first oracle")
    void randomSmall() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            int[] coins = new int[1 + random.nextInt(4)];
            for (int i = 0; i < coins.length; i++) {
                coins[i] = 1 + random.nextInt(12);
            }
            int amount = random.nextInt(21);
            int[] copy = coins.clone();
            assertEquals(oracle(coins, amount), solve(copy, amount),
                    "coins " + Arrays.toString(coins) + ", amount " + amount);
        }
    }

    @Test
    @DisplayName("random cases without coin 1 (seeded) match a breadth-first oracle")
    void randomWithoutOne() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            int[] coins = new int[1 + random.nextInt(3)];
            for (int i = 0; i < coins.length; i++) {
                coins[i] = 2 + random.nextInt(15);
            }
            int amount = random.nextInt(40);
            int[] copy = coins.clone();
            assertEquals(oracle(coins, amount), solve(copy, amount),
                    "coins " + Arrays.toString(coins) + ", amount " + amount);
        }
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: coins [186,419,83,408], amount 6249")
    void perfClassic() {
        assertEquals(20, solve(new int[] {186, 419, 83, 408}, 6249), "coins [186,419,83,408], amount 6249");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 12 coins, amount 9999")
    void perfTwelveCoins() {
        int[] coins = {37, 53, 71, 89, 97, 113, 131, 149, 167, 181, 193, 211};
        assertEquals(49, solve(coins, 9999), "12 coins from 37 to 211, amount 9999");
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 12 close coins, amount 9864")
    void perfCloseCoins() {
        int[] coins = {411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422};
        assertEquals(24, solve(coins, 9864), "coins 411..422, amount 9864");
    }

    /** Oracle: breadth-first search over reachable sums; the first level that reaches the amount wins. */
    private static int oracle(int[] coins, int amount) {
        boolean[] seen = new boolean[amount + 1];
        int[] frontier = {0};
        seen[0] = true;
        for (int coinsUsed = 0; frontier.length > 0; coinsUsed++) {
            int[] next = new int[amount + 1];
            int size = 0;
            for (int sum : frontier) {
                if (sum == amount) {
                    return coinsUsed;
                }
                for (int coin : coins) {
                    long reached = (long) sum + coin;
                    if (reached <= amount && !seen[(int) reached]) {
                        seen[(int) reached] = true;
                        next[size++] = (int) reached;
                    }
                }
            }
            frontier = Arrays.copyOf(next, size);
        }
        return -1;
    }
}
