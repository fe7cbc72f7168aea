class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[58]; // 'A'..'z' ... indexed from 'a'
        for (char c : t.toCharArray()) need[c - 'a']++;
        int missing = t.length(), left = 0, bestLen = Integer.MAX_VALUE, bestStart = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right) - 'a']-- > 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                if (++need[s.charAt(left++) - 'a'] > 0) missing++;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
