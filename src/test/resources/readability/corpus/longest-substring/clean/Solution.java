import java.util.HashMap;
import java.util.Map;

class Solution {
    /** Length of the longest substring of text without a repeated character. */
    public int lengthOfLongestSubstring(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> lastSeenAt = new HashMap<>();
        int windowStart = 0;
        int longest = 0;
        for (int windowEnd = 0; windowEnd < text.length(); windowEnd++) {
            char letter = text.charAt(windowEnd);
            Integer previousIndex = lastSeenAt.put(letter, windowEnd);
            if (previousIndex != null && previousIndex >= windowStart) {
                windowStart = previousIndex + 1;
            }
            longest = Math.max(longest, windowEnd - windowStart + 1);
        }
        return longest;
    }
}
