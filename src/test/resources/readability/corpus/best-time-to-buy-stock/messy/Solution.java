class Solution {
    public int maxProfit(int[] p) {
        int x = p[0];
        int y = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] < x) x = p[i];
            else if (p[i] - x > y) y = p[i] - x;
        }
        return y;
    }
}
