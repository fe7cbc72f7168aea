package dev.drilljudge.readability;

import dev.drilljudge.problem.ProblemInputs;
import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DEBUG_OUTPUT in plain `judge lint`, where no problem says whether the task prints: a void method that is a
 * program's entry prints its output; a print inside the computation of a returned answer is debug output. With a
 * problem that does not print, every print is.
 */
class PrintingProgramsTest {
    /** A GeeksforGeeks-style answer: the task is to print the count of distinct numbers in each window. */
    private static final SourceFile PRINTS_ITS_ANSWER = new SourceFile("Solution.java", """
            import java.util.HashMap;
            import java.util.Map;

            class Solution {
                void countDistinct(int[] numbers, int windowSize) {
                    Map<Integer, Integer> countByNumber = new HashMap<>();
                    for (int index = 0; index < numbers.length; index++) {
                        countByNumber.merge(numbers[index], 1, Integer::sum);
                        if (index >= windowSize - 1) {
                            printWindow(countByNumber.size());
                        }
                    }
                }

                void printWindow(int distinct) {
                    System.out.println(distinct);
                }

                int largest(int[] numbers) {
                    int largest = Integer.MIN_VALUE;
                    for (int number : numbers) {
                        trace(number);
                        largest = Math.max(largest, number);
                    }
                    return largest;
                }

                void trace(int number) {
                    System.out.println(number);
                }
            }
            """);

    @Test
    void withoutAProblemAVoidEntryPrintsItsOutputButAPrintInsideAReturnedAnswerIsDebugOutput() {
        Readability readability = new ReadabilityAnalyzer(ReadabilityConfig.defaults())
                .analyze(List.of(PRINTS_ITS_ANSWER));

        assertThat(debugOutputLines(readability)).containsExactly(29);
    }

    @Test
    void aProblemThatDoesNotPrintMakesEveryPrintDebugOutput() {
        ProblemFacts returnsItsAnswer = new ProblemFacts(Set.of("Solution", "countDistinct", "numbers", "windowSize"),
                ProblemFacts.LEETCODE_TYPES, ProblemInputs.NONE, false, Set.of("countDistinct"));
        Readability readability = new ReadabilityAnalyzer(ReadabilityConfig.defaults()).withFacts(returnsItsAnswer)
                .analyze(List.of(PRINTS_ITS_ANSWER));

        assertThat(debugOutputLines(readability)).containsExactly(16, 29);
    }

    private static List<Integer> debugOutputLines(Readability readability) {
        return readability.findings().stream()
                .filter(finding -> finding.ruleId().equals("DEBUG_OUTPUT"))
                .map(Finding::line)
                .toList();
    }
}
