import java.util.HashSet;
import java.util.Set;

// Bug: counts the distinct characters of the whole string, the longest subsequence rather than substring
// ("pwwkew" gives 4).
class Solution {
    public int lengthOfLongestSubstring(String s) {
        Set<Character> seen = new HashSet<>();
        for (char c : s.toCharArray()) {
            seen.add(c);
        }
        return seen.size();
    }
}
