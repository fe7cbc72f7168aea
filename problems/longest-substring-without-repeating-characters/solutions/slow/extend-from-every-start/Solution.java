import java.util.HashSet;
import java.util.Set;

// Correct but O(n·k): from every start, extends a fresh set until a character repeats.
class Solution {
    public int lengthOfLongestSubstring(String s) {
        int best = 0;
        for (int start = 0; start < s.length(); start++) {
            Set<Character> seen = new HashSet<>();
            int end = start;
            while (end < s.length() && seen.add(s.charAt(end))) {
                end++;
            }
            best = Math.max(best, end - start);
        }
        return best;
    }
}
