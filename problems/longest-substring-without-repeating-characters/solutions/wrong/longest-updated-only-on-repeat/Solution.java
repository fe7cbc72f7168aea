import java.util.HashSet;
import java.util.Set;

// Bug: records the window length only when a repeat shrinks the window, so a longest run that reaches
// the end of the string is never counted.
class Solution {
    public int lengthOfLongestSubstring(String s) {
        Set<Character> window = new HashSet<>();
        int left = 0;
        int best = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            if (window.contains(c)) {
                best = Math.max(best, right - left);
                while (s.charAt(left) != c) {
                    window.remove(s.charAt(left));
                    left++;
                }
                left++;
            } else {
                window.add(c);
            }
        }
        return s.isEmpty() ? 0 : Math.max(best, 1);
    }
}
