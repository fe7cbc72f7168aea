package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionAndParsingTest {
    private static final ReadabilityAnalyzer ANALYZER = new ReadabilityAnalyzer(ReadabilityConfig.defaults());

    private static List<String> findings(String source) {
        return ANALYZER.analyze(List.of(new SourceFile("Solution.java", source))).findings().stream()
                .map(finding -> finding.line() + " " + finding.ruleId()).toList();
    }

    @Test
    void aTrailingIgnoreCoversItsOwnLineAndOneAloneCoversTheNextNeverBoth() {
        assertThat(findings("""
                class Solution {
                    int swap(int first, int second) {
                        int temp = first; // judge:ignore NAME_PLACEHOLDER
                        int tmp = second;
                        // judge:ignore NAME_PLACEHOLDER, MAGIC_NUMBER
                        int data = second * 7;
                        int aux = second * 9;
                        int ret = second; // judge:ignore NAME_SHORT because the name is fine
                        return temp + tmp + data + aux + ret;
                    }
                }
                """)).containsExactly("4 NAME_PLACEHOLDER", "7 NAME_PLACEHOLDER", "7 MAGIC_NUMBER",
                "8 NAME_PLACEHOLDER");
    }

    @Test
    void anUnknownOrLowercaseIdIsAWarningAndSuppressesNothing() {
        Readability readability = ANALYZER.analyze(List.of(new SourceFile("Solution.java", """
                class Solution {
                    int total(int[] values) {
                        int temp = values.length; // judge:ignore name_placeholder
                        int tmp = temp; // judge:ignore NAME_PLACEHOLDERS
                        return tmp;
                    }
                }
                """)));
        assertThat(readability.findings()).filteredOn(finding -> finding.category() == Category.NAMING)
                .extracting(Finding::line).containsExactly(3, 4);
        assertThat(readability.warnings()).containsExactly(
                "Solution.java line 3: `judge:ignore name_placeholder` suppresses nothing: rule ids are upper case, "
                        + "write `NAME_PLACEHOLDER`",
                "Solution.java line 4: `judge:ignore NAME_PLACEHOLDERS` names no rule, so it suppresses nothing "
                        + "(rule ids are listed in docs/readability.md)");
    }

    @Test
    void codeThatDoesNotParseIsNotScoredWithOneLineSaysWhy() {
        Readability readability = ANALYZER.analyze(List.of(
                new SourceFile("Broken.java", "class Broken {\n    int f( {\n}\n"),
                new SourceFile("Fine.java", "class Fine {\n    int total;\n}\n")));
        assertThat(readability.isScored()).isFalse();
        assertThat(readability.scoredOrNull()).isNull();
        assertThat(readability.findings()).isEmpty();
        assertThat(readability.notScored().orElseThrow())
                .startsWith("Broken.java line 2, column ")
                .contains("could not be read as Java 21 (")
                .endsWith("so readability was not scored; fix the syntax first")
                .doesNotContain("\n");
        assertThat(readability.score()).isNotEqualTo(100);
    }

    @Test
    void modernJavaParsesAtLanguageLevel21() {
        assertThat(findings("""
                import java.util.List;

                class Solution {
                    sealed interface Shape permits Circle, Square {
                    }

                    record Circle(double radius) implements Shape {
                    }

                    record Square(double side) implements Shape {
                    }

                    static double area(Shape shape) {
                        return switch (shape) {
                            case Circle circle -> Math.PI * circle.radius() * circle.radius();
                            case Square square -> square.side() * square.side();
                        };
                    }

                    static String describe(Object value) {
                        if (value instanceof Circle(double radius)) {
                            return "circle of radius " + radius;
                        }
                        var text = \"""
                                a text block
                                \""";
                        return text + List.of(value).size();
                    }
                }
                """)).isEmpty();
    }

    @Test
    void idiomaticModernJavaHasNoFindings() {
        SourceFile inventory = Fixtures.resource("readability/idiomatic/Inventory.java");
        Readability readability = ANALYZER.analyze(List.of(inventory));
        assertThat(readability.findings()).isEmpty();
        assertThat(readability.score()).isEqualTo(100);
    }

    @Test
    void topFixesArePickedByCostOnePerRule() {
        Readability readability = ANALYZER.analyze(List.of(new SourceFile("Solution.java", """
                class Solution {
                    int parse(String text) {
                        int temp = 0;
                        try {
                            temp = text.charAt(0) == '-' ? -1 : Integer.parseInt(text.strip());
                        } catch (NumberFormatException e) { }
                        return temp;
                    }
                }
                """)));
        assertThat(readability.topFixes()).hasSize(3);
        assertThat(readability.topFixes().get(0)).startsWith("EMPTY_CATCH at Solution.java:6: ");
        assertThat(readability.topFixes().get(1)).startsWith("NAME_PLACEHOLDER at Solution.java:3: ");
        assertThat(readability.topFixes().get(2)).startsWith("UNGUARDED_INPUT at Solution.java:5: ");
    }
}
