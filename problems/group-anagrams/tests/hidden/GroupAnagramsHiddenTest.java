import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class GroupAnagramsHiddenTest {

    private static final int PERF_GROUPS = 10_000;

    private static String describe(String[] strs) {
        return strs.length <= 10 ? Arrays.toString(strs) : strs.length + " strings";
    }

    /** Letter counts as a compact string: equal exactly for anagrams. */
    private static String letterCounts(String word) {
        char[] counts = new char[26];
        for (int i = 0; i < word.length(); i++) {
            counts[word.charAt(i) - 'a']++;
        }
        return new String(counts);
    }

    /**
     * Checks the answer is the anagram partition of the input: every string exactly as often as in the input,
     * groups of anagrams only, and no two groups of anagrams of each other.
     */
    private static List<List<String>> assertGroups(String[] strs) {
        String call = "groupAnagrams(" + describe(strs) + ")";
        List<List<String>> actual = new Solution().groupAnagrams(strs.clone());
        assertNotNull(actual, call + " returned null");
        Map<String, Integer> remaining = new HashMap<>();
        for (String word : strs) {
            remaining.merge(word, 1, Integer::sum);
        }
        Map<String, String> groupBySignature = new HashMap<>();
        for (List<String> group : actual) {
            assertNotNull(group, call + " returned a null group");
            if (group.isEmpty()) {
                fail(call + " returned an empty group");
            }
            String first = group.get(0);
            String signature = letterCounts(first);
            String earlier = groupBySignature.put(signature, first);
            if (earlier != null) {
                fail(call + ": \"" + first + "\" and \"" + earlier + "\" are anagrams but in different groups");
            }
            for (String word : group) {
                if (!letterCounts(word).equals(signature)) {
                    fail(call + ": \"" + word + "\" and \"" + first + "\" are in one group but are not anagrams");
                }
                int left = remaining.getOrDefault(word, 0);
                if (left == 0) {
                    fail(call + ": \"" + word + "\" appears more often in the output than in the input");
                }
                remaining.put(word, left - 1);
            }
        }
        for (Map.Entry<String, Integer> entry : remaining.entrySet()) {
            if (entry.getValue() > 0) {
                fail(call + ": \"" + entry.getKey() + "\" is missing from the output (" + entry.getValue() + " time(s))");
            }
        }
        return actual;
    }

    /** Brute-force oracle: the number of groups, by comparing every string with every earlier one. */
    private static int oracleGroupCount(String[] strs) {
        int groups = 0;
        for (int i = 0; i < strs.length; i++) {
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                char[] a = strs[i].toCharArray();
                char[] b = strs[j].toCharArray();
                Arrays.sort(a);
                Arrays.sort(b);
                seen = Arrays.equals(a, b);
            }
            if (!seen) {
                groups++;
            }
        }
        return groups;
    }

    private static String randomWord(Random random, int length, int alphabet) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(alphabet)));
        }
        return word.toString();
    }

    private static String shuffled(String word, Random random) {
        List<Character> letters = new ArrayList<>();
        for (char letter : word.toCharArray()) {
            letters.add(letter);
        }
        Collections.shuffle(letters, random);
        StringBuilder out = new StringBuilder();
        letters.forEach(out::append);
        return out.toString();
    }

    private static void runRandom(Random random, int rounds, int maxCount, int maxLength, int alphabet) {
        for (int round = 0; round < rounds; round++) {
            String[] strs = new String[random.nextInt(maxCount + 1)];
            for (int i = 0; i < strs.length; i++) {
                strs[i] = i > 0 && random.nextBoolean()
                        ? shuffled(strs[random.nextInt(i)], random)
                        : randomWord(random, random.nextInt(maxLength + 1), alphabet);
            }
            List<List<String>> actual = assertGroups(strs);
            assertEquals(oracleGroupCount(strs), actual.size(), "groupAnagrams(" + describe(strs) + "): number of groups");
        }
    }

    private static void assertGroupCount(String[] strs, int expected) {
        assertEquals(expected, assertGroups(strs).size(), "groupAnagrams(" + describe(strs) + "): number of groups");
    }

    @Test
    @DisplayName("example: eat, tea, tan, ate, nat, bat")
    void example() {
        assertGroupCount(new String[] {"eat", "tea", "tan", "ate", "nat", "bat"}, 3);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no strings")
    void noStrings() {
        assertGroupCount(new String[0], 0);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty strings group together")
    void emptyStrings() {
        assertGroupCount(new String[] {""}, 1);
        assertGroupCount(new String[] {"", "b", ""}, 2);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: duplicate strings are kept")
    void duplicates() {
        assertGroupCount(new String[] {"ab", "ab"}, 1);
        assertGroupCount(new String[] {"abc", "cab", "abc", "x", "x", "x"}, 2);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: same letters, different counts")
    void differentCounts() {
        assertGroupCount(new String[] {"aab", "abb", "ab", "ba"}, 3);
        assertGroupCount(new String[] {"a", "aa", "aaa"}, 3);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: letters used ten times or more")
    void countsOfTenOrMore() {
        assertGroupCount(new String[] {"abbbbbbbbbbb", "aaaaaaaaaaab", "bbbbbbbbbbba"}, 2);
        assertGroupCount(new String[] {"a".repeat(100), "a".repeat(99) + "b", "b" + "a".repeat(99)}, 2);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: different letters with the same total")
    void sameLetterSum() {
        assertGroupCount(new String[] {"ad", "bc", "da"}, 2);
        assertGroupCount(new String[] {"az", "by", "cx", "za"}, 3);
    }

    @Test
    @DisplayName("all strings in one group")
    void allOneGroup() {
        assertGroupCount(new String[] {"listen", "silent", "enlist", "inlets", "tinsel"}, 1);
    }

    @Test
    @DisplayName("one string")
    void oneString() {
        assertGroupCount(new String[] {"zebra"}, 1);
    }

    @Test
    @DisplayName("no two strings are anagrams")
    void allSeparate() {
        assertGroupCount(new String[] {"abc", "abd", "abcd", "b", "zz"}, 5);
    }

    @Test
    @DisplayName("random short strings against brute force")
    void randomShort() {
        runRandom(new Random(42), 300, 10, 3, 3);
    }

    @Test
    @DisplayName("random longer strings against brute force")
    void randomLonger() {
        runRandom(new Random(43), 100, 40, 12, 26);
    }

    @Test
    @DisplayName("random repeated letters against brute force")
    void randomRepeatedLetters() {
        runRandom(new Random(44), 100, 20, 25, 2);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 20 000 strings in 10 000 pairs")
    void perfPairs() {
        Random random = new Random(45);
        String[] strs = new String[2 * PERF_GROUPS];
        for (int i = 0; i < PERF_GROUPS; i++) {
            String word = randomWord(random, 8, 26);
            strs[2 * i] = word;
            strs[2 * i + 1] = new StringBuilder(word).reverse().toString();
        }
        Collections.shuffle(Arrays.asList(strs), random);
        assertGroups(strs);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 8 000 strings of 100 letters")
    void perfLongStrings() {
        Random random = new Random(46);
        String[] strs = new String[8_000];
        for (int i = 0; i < strs.length; i++) {
            strs[i] = i % 4 == 0 ? randomWord(random, 100, 26) : new StringBuilder(strs[i - i % 4]).reverse().toString();
        }
        assertGroups(strs);
    }
}
