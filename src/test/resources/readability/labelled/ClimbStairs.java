class Solution {
    public int climbStairs(int n) {
        int a = 1, b = 1; // expect: NAME_SHORT, NAME_SHORT
        for (int step = 2; step <= n; step++) {
            int c = a + b; // expect: NAME_SHORT
            a = b;
            b = c;
        }
        return b;
    }
}
