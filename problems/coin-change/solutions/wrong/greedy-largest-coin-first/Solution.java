import java.util.Arrays;

class Solution {
    public int coinChange(int[] coins, int amount) {
        int[] sorted = coins.clone();
        Arrays.sort(sorted);
        int remaining = amount;
        int count = 0;
        for (int i = sorted.length - 1; i >= 0; i--) {
            count += remaining / sorted[i];
            remaining %= sorted[i];
        }
        return remaining == 0 ? count : -1;
    }
}
