import java.util.ArrayList;
import java.util.List;

class Solution {
    public List<List<String>> groupAnagrams(String[] strs) {
        // Return the anagram groups, in any order.
        return new ArrayList<>();
    }
}
