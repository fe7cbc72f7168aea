class Solution {

    /**
     * Classic LCS table, keeping only two rows. Cell j of the row for a prefix of the first text holds the
     * LCS length of that prefix and the first j characters of the second text: equal last characters extend
     * the diagonal answer by one, otherwise the better of dropping either last character wins.
     */
    public int longestCommonSubsequence(String first, String second) {
        if (first == null || second == null) {
            return 0;
        }
        int columns = second.length() + 1;
        int[] previousRow = new int[columns];
        int[] currentRow = new int[columns];
        for (int i = 1; i <= first.length(); i++) {
            char firstChar = first.charAt(i - 1);
            for (int j = 1; j < columns; j++) {
                if (firstChar == second.charAt(j - 1)) {
                    currentRow[j] = previousRow[j - 1] + 1;
                } else {
                    currentRow[j] = Math.max(previousRow[j], currentRow[j - 1]);
                }
            }
            int[] finishedRow = currentRow;
            currentRow = previousRow;
            previousRow = finishedRow;
        }
        return previousRow[columns - 1];
    }
}
