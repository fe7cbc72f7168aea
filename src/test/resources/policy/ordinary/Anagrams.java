import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Group anagrams and a sliding window: char arrays, HashMap merge, String.valueOf, var. */
class Anagrams {
    static List<List<String>> group(String[] words) {
        var groups = new HashMap<String, List<String>>();
        for (var word : words) {
            char[] letters = word.toCharArray();
            Arrays.sort(letters);
            groups.computeIfAbsent(String.valueOf(letters), unused -> new ArrayList<>()).add(word);
        }
        return new ArrayList<>(groups.values());
    }

    static int longestWithoutRepeat(String text) {
        Map<Character, Integer> lastSeen = new HashMap<>();
        int best = 0;
        int start = 0;
        for (int end = 0; end < text.length(); end++) {
            char c = text.charAt(end);
            Integer previous = lastSeen.put(c, end);
            if (previous != null && previous >= start) {
                start = previous + 1;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    static String minWindow(String text, String pattern) {
        int[] need = new int[128];
        for (char c : pattern.toCharArray()) {
            need[c]++;
        }
        int missing = pattern.length();
        int bestStart = 0;
        int bestLength = Integer.MAX_VALUE;
        for (int left = 0, right = 0; right < text.length(); right++) {
            if (need[text.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right - left + 1 < bestLength) {
                    bestStart = left;
                    bestLength = right - left + 1;
                }
                if (++need[text.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        return bestLength == Integer.MAX_VALUE ? "" : text.substring(bestStart, bestStart + bestLength);
    }
}
