class Solution {
    private static final int MOD = 1_000_000_007;

    public int countWays(int steps) {
        long previous = 1;
        long current = 1;
        for (int step = 2; step <= steps; step++) {
            long next = (previous + current) % 1_000_000_007; // expect: MAGIC_NUMBER
            previous = current;
            current = next;
        }
        return (int) (current % MOD);
    }
}
