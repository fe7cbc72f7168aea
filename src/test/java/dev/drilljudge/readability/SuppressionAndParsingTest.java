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
    void judgeIgnoreSilencesItsRulesOnItsLineAndTheNext() {
        assertThat(findings("""
                class Solution {
                    int swap(int a, int b) {
                        int temp = a; // judge:ignore NAME_PLACEHOLDER
                        // judge:ignore NAME_PLACEHOLDER, MAGIC_NUMBER
                        int tmp = b * 7;
                        int data = b; // judge:ignore NAME_SHORT
                        return temp + tmp + data;
                    }
                }
                """)).containsExactly("2 NAME_SHORT", "2 NAME_SHORT", "6 NAME_PLACEHOLDER");
    }

    @Test
    void aFileThatDoesNotParseIsOneFindingNotACrash() {
        Readability readability = ANALYZER.analyze(List.of(
                new SourceFile("Broken.java", "class Broken {\n    int f( {\n}\n"),
                new SourceFile("Fine.java", "class Fine {\n    int total;\n}\n")));
        assertThat(readability.findings()).hasSize(1);
        Finding finding = readability.findings().get(0);
        assertThat(finding.ruleId()).isEqualTo(ReadabilityAnalyzer.PARSE_ERROR);
        assertThat(finding.file()).isEqualTo("Broken.java");
        assertThat(finding.line()).isEqualTo(2);
        assertThat(finding.message()).startsWith("Broken.java could not be read as Java 21 (").doesNotContain("\n");
        assertThat(readability.score()).isEqualTo(100);
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
                            temp = Integer.parseInt(text.strip());
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
