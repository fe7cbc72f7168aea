import java.util.*;

class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        Map<String, List<String>> data = new HashMap<>();
        for (String s : strs) {
            char[] arr = s.toCharArray();
            Arrays.sort(arr);
            String k = new String(arr);
            if (!data.containsKey(k)) {
                data.put(k, new ArrayList<>());
            }
            data.get(k).add(s);
        }
        List<List<String>> res = new ArrayList<>();
        for (String k : data.keySet()) res.add(data.get(k));
        return res;
    }
}
