import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Bug: the key concatenates the 26 letter counts without a separator, so counts of 10 or more collide
// ("a" x1 + "b" x11 gives "111000..." just like "a" x11 + "b" x1).
class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String s : strs) {
            int[] counts = new int[26];
            for (char c : s.toCharArray()) {
                counts[c - 'a']++;
            }
            StringBuilder key = new StringBuilder();
            for (int count : counts) {
                key.append(count);
            }
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(groups.values());
    }
}
