class Solution {
    /** The best profit from one buy followed by one sell; 0 when no trade makes money. */
    public int maxProfit(int[] prices) {
        if (prices == null || prices.length < 2) {
            return 0;
        }
        int lowestPrice = prices[0];
        int bestProfit = 0;
        for (int price : prices) {
            lowestPrice = Math.min(lowestPrice, price);
            bestProfit = Math.max(bestProfit, price - lowestPrice);
        }
        return bestProfit;
    }
}
