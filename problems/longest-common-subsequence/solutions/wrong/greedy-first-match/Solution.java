class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        int count = 0;
        int position = 0;
        for (char c : text1.toCharArray()) {
            int found = text2.indexOf(c, position);
            if (found >= 0) {
                count++;
                position = found + 1;
            }
        }
        return count;
    }
}
