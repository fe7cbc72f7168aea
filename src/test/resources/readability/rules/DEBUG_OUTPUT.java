class Solution {
    public int maxProfit(int[] prices) {
        int lowest = Integer.MAX_VALUE;
        int best = 0;
        for (int price : prices) {
            lowest = Math.min(lowest, price);
            System.out.println("lowest so far " + lowest); // expect: DEBUG_OUTPUT "System.out.println"
            best = Math.max(best, price - lowest);
        }
        System.err.printf("best %d%n", best); // expect: DEBUG_OUTPUT "Delete the print"
        return best;
    }

    public static void main(String[] args) {
        System.out.println(new Solution().maxProfit(new int[] {7, 1, 5}));
    }
}
