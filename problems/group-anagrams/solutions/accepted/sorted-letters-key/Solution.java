import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Anagrams have the same letters in sorted order, so that sorted form is the key of a hash map of groups.
 * O(n·k log k) time for n words of length up to k, O(n·k) space.
 */
class Solution {
    public List<List<String>> groupAnagrams(String[] words) {
        if (words == null || words.length == 0) {
            return new ArrayList<>();
        }
        Map<String, List<String>> groupsBySignature = new HashMap<>();
        for (String word : words) {
            groupsBySignature.computeIfAbsent(signature(word), key -> new ArrayList<>()).add(word);
        }
        return new ArrayList<>(groupsBySignature.values());
    }

    /** The word's letters in sorted order: equal for exactly the anagrams of the word. */
    private static String signature(String word) {
        char[] letters = word.toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }
}
