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
        int[] prices = {7, 1, 5};
        printPrices(prices);
        System.out.println(new Solution().maxProfit(prices));
    }

    public int countDays(int[] prices) {
        dumpPrices(prices);
        return prices.length;
    }

    // The answer calls it: it prints on every call.
    private static void dumpPrices(int[] prices) {
        System.out.println(prices.length); // expect: DEBUG_OUTPUT "System.out.println"
    }

    // Nothing calls it: a debugging helper left behind.
    private static void showPrices(int[] prices) {
        System.out.println(prices.length); // expect: DEBUG_OUTPUT "System.out.println"
    }

    // Only main calls it: part of the demo harness.
    private static void printPrices(int[] prices) {
        for (int price : prices) {
            System.out.print(price + " ");
        }
        System.out.println();
    }

    private static int printAndCount(int[] prices) {
        System.out.println(prices.length); // expect: DEBUG_OUTPUT "System.out.println"
        return prices.length;
    }

    private static void printerSetup(int[] prices) {
        System.out.println(prices.length); // expect: DEBUG_OUTPUT "System.out.println"
    }

    /*
     * HackerRank's template: a void function that prints its answer.
     * Complete the 'minimumBribes' function below.
     * The function accepts INTEGER_ARRAY q as parameter.
     */
    public static void minimumBribes(int[] queue) {
        System.out.println(queue.length);
    }

    public static void minimumSwaps(int[] queue) {
        System.out.println(queue.length); // expect: DEBUG_OUTPUT "System.out.println"
    }
}
