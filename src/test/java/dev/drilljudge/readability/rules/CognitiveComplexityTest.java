package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.drilljudge.readability.JavaParsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples whose scores are derived by hand from the rules of G. Ann Campbell's whitepaper
 * "Cognitive Complexity: a new way of measuring understandability" (SonarSource, 2017). Each increment is
 * written next to its line, with the nesting level that applies.
 */
class CognitiveComplexityTest {
    private static final String EXAMPLES = """
            class Examples {
                // The whitepaper's own example: 7.
                int sumOfPrimes(int max) {
                    int total = 0;
                    OUT: for (int i = 1; i <= max; ++i) {   // +1
                        for (int j = 2; j < i; ++j) {       // +2 (nesting 1)
                            if (i % j == 0) {               // +3 (nesting 2)
                                continue OUT;               // +1 (jump to a label)
                            }
                        }
                        total += i;
                    }
                    return total;
                }

                // The whitepaper's switch example: a switch counts once, however many cases: 1.
                String getWords(int number) {
                    switch (number) {                       // +1
                        case 1: return "one";
                        case 2: return "a couple";
                        case 3: return "a few";
                        default: return "lots";
                    }
                }

                // try adds no nesting; catch does: 9.
                void tryAndCatch(boolean condition1, boolean condition2) {
                    try {
                        if (condition1) {                   // +1
                            for (int i = 0; i < 10; i++) {  // +2 (nesting 1)
                                while (condition2) {        // +3 (nesting 2)
                                    condition2 = false;
                                }
                            }
                        }
                    } catch (IllegalStateException | IllegalArgumentException e) {   // +1
                        if (condition2) {                   // +2 (nesting 1)
                            condition1 = true;
                        }
                    }
                }

                // A lambda raises nesting without an increment of its own: 2.
                void lambdaNesting(boolean condition1) {
                    Runnable task = () -> {
                        if (condition1) {                   // +2 (nesting 1)
                            System.out.println("yes");
                        }
                    };
                    task.run();
                }

                // Sequences of like operators: && then || then && is three sequences: 1 + 3 = 4.
                boolean mixedOperators(boolean a, boolean b, boolean c, boolean d, boolean e, boolean f) {
                    if (a && b && c || d || e && f) {       // +1 if, +3 sequences
                        return true;
                    }
                    return false;
                }

                // A negated group is a sequence of its own: 1 + 1 + 1 = 3.
                boolean negatedGroup(boolean a, boolean b, boolean c) {
                    if (a && !(b && c)) {                   // +1 if, +1 &&, +1 inner &&
                        return true;
                    }
                    return false;
                }

                // Recursion: +1 for the method that calls itself: 2.
                int factorial(int n) {
                    if (n <= 1) {                           // +1
                        return 1;
                    }
                    return n * factorial(n - 1);            // +1 recursion
                }

                // else if and else are +1 with no nesting increment; the ternary inside else is nested: 5.
                String classify(int value) {
                    if (value < 0) {                        // +1
                        return "negative";
                    } else if (value == 0) {                // +1
                        return "zero";
                    } else {                                // +1
                        return value > 100 ? "large" : "small";   // +2 (nesting 1)
                    }
                }

                // A switch expression inside a loop: 1 + 2 = 3.
                int score(String[] moves) {
                    int total = 0;
                    for (String move : moves) {             // +1
                        total += switch (move) {            // +2 (nesting 1)
                            case "up" -> 1;
                            case "down" -> -1;
                            default -> 0;
                        };
                    }
                    return total;
                }

                // Guard clauses cost only their if: 1 + 1 + 1 + 2 = 5.
                int firstNegative(int[] values) {
                    if (values == null) {                   // +1
                        return -1;
                    }
                    if (values.length == 0) {               // +1
                        return -1;
                    }
                    for (int index = 0; index < values.length; index++) {   // +1
                        if (values[index] < 0) {            // +2 (nesting 1)
                            return index;
                        }
                    }
                    return -1;
                }

                // An anonymous class is measured on its own: the outer method scores 0, run() scores 1.
                Runnable makeTask(boolean flag) {
                    return new Runnable() {
                        @Override
                        public void run() {
                            if (flag) {                     // +1 (counted for run)
                                System.out.println("flag");
                            }
                        }
                    };
                }
            }
            """;

    private static final CompilationUnit UNIT = JavaParsers.newParser().parse(EXAMPLES).getResult().orElseThrow();

    private static MethodMetrics metricsOf(String methodName) {
        MethodDeclaration method = UNIT.findFirst(MethodDeclaration.class,
                candidate -> candidate.getNameAsString().equals(methodName)).orElseThrow();
        return MetricsCalculator.of(method);
    }

    @ParameterizedTest(name = "{0}: cognitive {1}, cyclomatic {2}, nesting {3}")
    @CsvSource({
            "sumOfPrimes,    7, 4, 3",
            "getWords,       1, 4, 1",
            "tryAndCatch,    9, 6, 3",
            "lambdaNesting,  2, 2, 1",
            "mixedOperators, 4, 7, 1",
            "negatedGroup,   3, 4, 1",
            "factorial,      2, 2, 1",
            "classify,       5, 4, 1",
            "score,          3, 4, 2",
            "firstNegative,  5, 5, 2",
            "makeTask,       0, 1, 0",
            "run,            1, 2, 1",
    })
    void matchesTheHandDerivedScores(String method, int cognitive, int cyclomatic, int nesting) {
        MethodMetrics metrics = metricsOf(method);
        assertThat(metrics.cognitiveComplexity()).as("cognitive complexity of %s", method).isEqualTo(cognitive);
        assertThat(metrics.cyclomaticComplexity()).as("cyclomatic complexity of %s", method).isEqualTo(cyclomatic);
        assertThat(metrics.maxNesting()).as("nesting depth of %s", method).isEqualTo(nesting);
    }

    @Test
    void reportsOnlyAboveTheThreshold() {
        assertThat(new CognitiveComplexityRule().defaultThreshold().getAsInt()).isEqualTo(15);
    }
}
