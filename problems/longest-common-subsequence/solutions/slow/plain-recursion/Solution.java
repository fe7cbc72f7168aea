class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        return lcs(text1, text2, 0, 0);
    }

    private int lcs(String a, String b, int i, int j) {
        if (i == a.length() || j == b.length()) return 0;
        if (a.charAt(i) == b.charAt(j)) return 1 + lcs(a, b, i + 1, j + 1);
        return Math.max(lcs(a, b, i + 1, j), lcs(a, b, i, j + 1));
    }
}
