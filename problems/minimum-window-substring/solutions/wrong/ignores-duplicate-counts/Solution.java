import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

class Solution {
    public String minWindow(String s, String t) {
        Set<Character> need = new HashSet<>();
        for (char c : t.toCharArray()) need.add(c); // loses how many copies of each letter are needed
        Map<Character, Integer> window = new HashMap<>();
        int formed = 0, left = 0, bestLen = Integer.MAX_VALUE, bestStart = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            window.merge(c, 1, Integer::sum);
            if (need.contains(c) && window.get(c) == 1) formed++;
            while (formed == need.size()) {
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                char d = s.charAt(left++);
                window.merge(d, -1, Integer::sum);
                if (need.contains(d) && window.get(d) == 0) formed--;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }
}
