package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A naming finding suggests a name read off the code (issue 12: "derive names from use, not filler"), or none at
 * all. Each case is one method; the finding on the name in the first column must suggest the second column, or
 * nothing (`-`).
 */
class NameSuggestionsTest {
    private static final Pattern SUGGESTED = Pattern.compile("e\\.g\\. `([^`]+)`");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // what it is initialised from
            "temp | complement | int temp = target - nums[0];",
            "x    | price      | int x = prices[0];",
            "tmp  | count      | int tmp = counter.getCount();",
            "tmp  | substring  | String tmp = text.substring(1);",
            "tmp  | transaction | Object tmp = counter.beginTransaction();",
            // one of the answer's own methods: a verb or the problem's title is no name for a value
            "x    | -          | int x = dfs(nums, 0);",
            "tmp  | -          | int tmp = canReach(nums, 0);",
            "tmp  | total      | int tmp = getTotal(nums);",
            // a library verb says what was done, not what the value is
            "arr  | -          | String[] arr = text.split(\" \");",
            "tmp  | -          | int[] tmp = java.util.Arrays.copyOf(nums, 3);",
            // an int array is `counts` only when the code counts into it
            "arr  | counts     | int[] arr = new int[26]; arr[nums[0]]++;",
            "arr  | -          | int[] arr = new int[26]; arr[0] = nums[0];",
            // a char is a letter or a digit only when its uses say so
            "tmp  | letter     | char tmp = text.charAt(0); target += tmp - 'a';",
            "tmp  | digit      | char tmp = text.charAt(0); target += tmp - '0';",
            "tmp  | -          | char tmp = text.charAt(0); target += tmp == '(' ? 1 : 0;",
            // a primitive's type says nothing of its role
            "temp | -          | boolean temp = nums.length > 2;",
    })
    void suggestsANameReadOffTheCodeOrNone(String name, String expected, String body) {
        String source = """
                import java.util.Set;
                class Answer {
                    int counterBased(Set<Integer> seen, int[] nums, int[] prices, int target, String text,
                            Counter counter) {
                        %s
                        String first = String.valueOf(%s);
                        String second = first + target;
                        String third = String.valueOf(%s) + second;
                        String fourth = third + target;
                        return fourth.length() + String.valueOf(%s).length();
                    }
                    int dfs(int[] values, int start) { return values[start]; }
                    int canReach(int[] values, int start) { return values[start]; }
                    int getTotal(int[] values) { return values.length; }
                    interface Counter { int getCount(); Object beginTransaction(); }
                }
                """.formatted(body, name, name, name);
        assertThat(suggestionFor(source, name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "res | maxProfit   | maxProfit",
            "res | longestPath | longestPath",
            "res | dfs         | -",
            "res | canJump     | -",
            "res | trap        | -",
            "res | findAnswer  | answer",
            "res | maxPathII   | -",
    })
    void aReturnedValueIsNamedForItsMethodOnlyWhenThatNameIsANoun(String name, String method, String expected) {
        String source = """
                class Answer {
                    int %s(int[] heights) {
                        int res = 0;
                        for (int height : heights) {
                            res = Math.max(res, height);
                        }
                        return res;
                    }
                }
                """.formatted(method);
        assertThat(suggestionFor(source, name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "UnionFind  | unionFind",
            "TreeNode   | node",
    })
    void aTypeGivesItsLastNounUnlessThatWordIsAVerb(String type, String expected) {
        String source = """
                class Answer {
                    int size(%s x) {
                        int first = x.hashCode();
                        int second = first + 1;
                        int third = x.hashCode() + second;
                        return third + x.hashCode();
                    }
                    static class %s {
                    }
                }
                """.formatted(type, type);
        assertThat(suggestionFor(source, "x")).isEqualTo(expected);
    }

    private static String suggestionFor(String source, String name) {
        Readability readability = new ReadabilityAnalyzer(ReadabilityConfig.defaults())
                .analyze(List.of(new SourceFile("Answer.java", source)));
        List<Finding> naming = readability.findings().stream()
                .filter(finding -> finding.category() == Category.NAMING
                        && finding.message().startsWith("`" + name + "`"))
                .toList();
        assertThat(naming).as("a naming finding on `%s` in%n%s", name, source).isNotEmpty();
        Matcher suggested = SUGGESTED.matcher(naming.get(0).message());
        return suggested.find() ? suggested.group(1) : "-";
    }
}
