import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

// Bug: collects each group in a Set, so duplicate strings are silently dropped.
class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String s : strs) {
            char[] letters = s.toCharArray();
            Arrays.sort(letters);
            groups.computeIfAbsent(new String(letters), k -> new LinkedHashSet<>()).add(s);
        }
        List<List<String>> result = new ArrayList<>();
        for (Set<String> group : groups.values()) {
            result.add(new ArrayList<>(group));
        }
        return result;
    }
}
