import java.util.HashMap;
import java.util.Map;

/**
 * A sliding window of distinct characters: when the next character already occurs inside the window, the
 * window restarts just after that earlier occurrence. Each character is looked at once: O(n) time, O(k) space
 * for k different characters.
 */
class Solution {
    public int lengthOfLongestSubstring(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> lastIndexByCharacter = new HashMap<>();
        int windowStart = 0;
        int longest = 0;
        for (int windowEnd = 0; windowEnd < text.length(); windowEnd++) {
            Integer lastIndex = lastIndexByCharacter.put(text.charAt(windowEnd), windowEnd);
            // An occurrence before windowStart is no longer in the window and must not move it back.
            if (lastIndex != null && lastIndex >= windowStart) {
                windowStart = lastIndex + 1;
            }
            longest = Math.max(longest, windowEnd - windowStart + 1);
        }
        return longest;
    }
}
