class Solution {
    public int maxProfit(int[] prices) {
        int lowest = prices[0]; // expect: UNGUARDED_INPUT
        int best = 0;
        for (int price : prices) {
            lowest = Math.min(lowest, price);
            best = Math.max(best, price - lowest);
        }
        return best;
    }
}
