class Solution {
    public int climbStairs(int n) {
        if (n <= 2) return n;
        int[] dp = new int[n + 1];
        dp[1] = 1;
        dp[2] = 2;
        for (int i = 3; i <= n; i++) {
            int a = dp[i - 1];
            int b = dp[i - 2];
            int temp = a + b;
            dp[i] = temp;
        }
        return dp[n];
    }
}
