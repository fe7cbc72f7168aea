import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Bug: keys the groups by length and the sum of the character codes, a "hash" that collides for
// different letters with the same total ("ad" and "bc").
class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<Long, List<String>> groups = new HashMap<>();
        for (String s : strs) {
            long sum = 0;
            for (char c : s.toCharArray()) {
                sum += c;
            }
            long key = sum * 1000 + s.length();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(groups.values());
    }
}
