class Solution {

    /** Inputs are English letters, so a table indexed by ASCII code covers every character. */
    private static final int ASCII_TABLE_SIZE = 128;
    private static final String NO_WINDOW = "";

    public String minWindow(String text, String required) {
        if (text == null || required == null) {
            return NO_WINDOW;
        }
        if (required.isEmpty() || required.length() > text.length()) {
            return NO_WINDOW;
        }
        Window shortest = findShortestWindow(text, required);
        return shortest == null ? NO_WINDOW : text.substring(shortest.start(), shortest.end());
    }

    /**
     * Sliding window. stillNeeded[letter] is how many more copies of letter the window needs (negative
     * when it holds surplus copies) and missingCount is the total still needed. Grow the window to the
     * right; whenever it covers the required letters, offer it and shrink it from the left.
     * Returns null when no window covers them.
     */
    private static Window findShortestWindow(String text, String required) {
        int[] stillNeeded = countLetters(required);
        int missingCount = required.length();
        Window shortest = null;
        int windowStart = 0;
        for (int windowEnd = 0; windowEnd < text.length(); windowEnd++) {
            if (stillNeeded[text.charAt(windowEnd)]-- > 0) {
                missingCount--;
            }
            while (missingCount == 0) {
                shortest = shorterOf(shortest, new Window(windowStart, windowEnd + 1));
                if (++stillNeeded[text.charAt(windowStart)] > 0) {
                    missingCount++;
                }
                windowStart++;
            }
        }
        return shortest;
    }

    /** Keeps the earlier window on ties, so the leftmost of equally short windows wins. */
    private static Window shorterOf(Window shortest, Window candidate) {
        return shortest == null || candidate.length() < shortest.length() ? candidate : shortest;
    }

    private static int[] countLetters(String letters) {
        int[] counts = new int[ASCII_TABLE_SIZE];
        for (int i = 0; i < letters.length(); i++) {
            counts[letters.charAt(i)]++;
        }
        return counts;
    }

    /** A half-open range [start, end) of the text. */
    private record Window(int start, int end) {
        int length() {
            return end - start;
        }
    }
}
