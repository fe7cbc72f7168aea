class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) need[c]++;
        int bestLen = Integer.MAX_VALUE, bestStart = 0;
        for (int left = 0; left < s.length(); left++) {
            int[] have = new int[128];
            int satisfied = 0;
            for (int right = left; right < s.length() && right - left + 1 < bestLen; right++) {
                char c = s.charAt(right);
                if (++have[c] <= need[c]) satisfied++;
                if (satisfied == t.length()) {
                    bestLen = right - left + 1;
                    bestStart = left;
                    break;
                }
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
