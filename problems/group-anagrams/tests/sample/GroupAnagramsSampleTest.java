import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupAnagramsSampleTest {

    /** Sorts the strings inside each group, then the groups, so any order of the answer compares equal. */
    private static List<List<String>> normalise(List<List<String>> groups) {
        List<List<String>> sorted = new ArrayList<>();
        for (List<String> group : groups) {
            List<String> copy = new ArrayList<>(group);
            copy.sort(null);
            sorted.add(copy);
        }
        sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
        return sorted;
    }

    private static void assertGroups(String[] strs, List<List<String>> expected) {
        List<List<String>> actual = new Solution().groupAnagrams(strs.clone());
        String call = "groupAnagrams(" + Arrays.toString(strs) + ")";
        assertNotNull(actual, call + " returned null");
        assertEquals(normalise(expected), normalise(actual), call + " (groups compared in sorted order)");
    }

    @Test
    @DisplayName("example 1: eat, tea, tan, ate, nat, bat")
    void example1() {
        assertGroups(new String[] {"eat", "tea", "tan", "ate", "nat", "bat"},
                List.of(List.of("bat"), List.of("nat", "tan"), List.of("ate", "eat", "tea")));
    }

    @Test
    @DisplayName("example 2: one empty string")
    void example2() {
        assertGroups(new String[] {""}, List.of(List.of("")));
    }

    @Test
    @DisplayName("example 3: one letter")
    void example3() {
        assertGroups(new String[] {"a"}, List.of(List.of("a")));
    }
}
