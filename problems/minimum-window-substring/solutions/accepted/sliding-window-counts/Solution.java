class Solution {

    /** Inputs are English letters, so a table indexed by ASCII code covers every character. */
    private static final int ASCII_TABLE_SIZE = 128;
    private static final String NO_WINDOW = "";

    /**
     * Sliding window. stillNeeded[letter] is how many more copies of letter the window needs (negative
     * when it holds surplus copies) and missingCount is the total still needed. Grow the window to the
     * right; whenever it covers the required letters, record it and shrink it from the left.
     */
    public String minWindow(String text, String required) {
        if (text == null || required == null) {
            return NO_WINDOW;
        }
        if (required.isEmpty() || required.length() > text.length()) {
            return NO_WINDOW;
        }
        int[] stillNeeded = countLetters(required);
        int missingCount = required.length();
        int bestStart = 0;
        int bestLength = Integer.MAX_VALUE;
        int windowStart = 0;
        for (int windowEnd = 0; windowEnd < text.length(); windowEnd++) {
            if (stillNeeded[text.charAt(windowEnd)]-- > 0) {
                missingCount--;
            }
            while (missingCount == 0) {
                int windowLength = windowEnd - windowStart + 1;
                // strictly shorter only, so the leftmost of equally short windows is kept
                if (windowLength < bestLength) {
                    bestStart = windowStart;
                    bestLength = windowLength;
                }
                if (++stillNeeded[text.charAt(windowStart)] > 0) {
                    missingCount++;
                }
                windowStart++;
            }
        }
        return bestLength == Integer.MAX_VALUE ? NO_WINDOW : text.substring(bestStart, bestStart + bestLength);
    }

    private static int[] countLetters(String letters) {
        int[] counts = new int[ASCII_TABLE_SIZE];
        for (int i = 0; i < letters.length(); i++) {
            counts[letters.charAt(i)]++;
        }
        return counts;
    }
}
