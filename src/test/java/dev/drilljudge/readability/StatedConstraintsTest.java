package dev.drilljudge.readability;

import dev.drilljudge.problem.ProblemInputs;
import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In plain `judge lint` the constraints pasted into an answer's comments (a LeetCode export's) tell UNGUARDED_INPUT
 * what the statement guarantees; with a problem, only the problem's `inputs:` do.
 */
class StatedConstraintsTest {
    private static String answer(String constraints) {
        return """
                /*
                 * Constraints:
                 * %s
                 */
                class Solution {
                    public int firstCorner(int[][] grid, String word) {
                        return grid[0][0] + word.charAt(0);
                    }
                }
                """.formatted(constraints);
    }

    private static List<String> unguarded(Readability readability) {
        return readability.findings().stream().filter(finding -> finding.ruleId().equals("UNGUARDED_INPUT"))
                .map(finding -> finding.message().replaceAll(".* but `(\\w+)` (may [a-z ]+).*", "$1 $2").strip())
                .toList();
    }

    private static List<String> plainLint(String constraints) {
        return unguarded(new ReadabilityAnalyzer(ReadabilityConfig.defaults())
                .analyze(List.of(new SourceFile("Solution.java", answer(constraints)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "m == grid.length  n == grid[i].length  1 <= m, n <= 200  1 <= word.length <= 10 | ",
            "1 <= grid.length, 1 <= grid[i].length <= 50  word.length() >= 1                | grid may have an empty row",
            "m == grid.length  n == grid[i].length  0 <= m, n <= 200  1 <= word.length      | grid may be empty",
            "1 <= m, n <= 200  1 <= word.length                                             | grid may be empty",
            "the grid is rectangular and the word is short                                  | grid may be empty;word may be empty",
    })
    void theStatementsConstraintsDecideWhichGuardsAreOwed(String constraints, String expected) {
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(";"));
        assertThat(plainLint(constraints)).containsExactlyElementsOf(wanted);
    }

    /** A submission cannot grant itself guarantees: with a problem, its `inputs:` alone say what is given. */
    @Test
    void withAProblemTheCommentsGrantNothing() {
        ProblemFacts problem = new ProblemFacts(Set.of("Solution", "firstCorner", "grid", "word"),
                ProblemFacts.LEETCODE_TYPES, ProblemInputs.NONE, false, Set.of("firstCorner"));
        Readability readability = new ReadabilityAnalyzer(ReadabilityConfig.defaults()).withFacts(problem)
                .analyze(List.of(new SourceFile("Solution.java",
                        answer("m == grid.length  n == grid[i].length  1 <= m, n <= 200  1 <= word.length"))));

        assertThat(unguarded(readability)).containsExactly("grid may be empty", "word may be empty");
    }
}
