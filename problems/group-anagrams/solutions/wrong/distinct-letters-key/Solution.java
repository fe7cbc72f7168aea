import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

// Bug: the key is the set of distinct letters, so letter counts are ignored ("aab" groups with "abb").
class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String s : strs) {
            TreeSet<Character> letters = new TreeSet<>();
            for (char c : s.toCharArray()) {
                letters.add(c);
            }
            groups.computeIfAbsent(letters.toString(), k -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(groups.values());
    }
}
