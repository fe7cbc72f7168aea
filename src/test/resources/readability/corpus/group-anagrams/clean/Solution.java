import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class Solution {
    /** Groups words that are anagrams of each other; each group keeps the input order. */
    public List<List<String>> groupAnagrams(String[] words) {
        if (words == null || words.length == 0) {
            return List.of();
        }
        Map<String, List<String>> groupsBySignature = new HashMap<>();
        for (String word : words) {
            groupsBySignature.computeIfAbsent(signature(word), key -> new ArrayList<>()).add(word);
        }
        return new ArrayList<>(groupsBySignature.values());
    }

    /** Anagrams share their sorted letters. */
    private static String signature(String word) {
        char[] letters = word.toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }
}
