package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented thresholds are "above N": COGNITIVE_COMPLEXITY at 15 is clean and at 16 is one finding;
 * CYCLOMATIC at 10 is clean and at 11 is one. The method under test is a run of flat {@code if}s: each adds exactly
 * 1 to the cognitive complexity (no nesting) and 1 independent path, so both scores are counted by hand.
 */
class ComplexityThresholdBoundaryTest {
    private static final ReadabilityAnalyzer ANALYZER = new ReadabilityAnalyzer(ReadabilityConfig.defaults());

    @ParameterizedTest(name = "{0} flat ifs -> cognitive complexity {0}")
    @CsvSource({"14, false", "15, false", "16, true"})
    void cognitiveComplexityFiresAboveFifteen(int ifs, boolean fires) {
        List<Finding> findings = findings(ifs, "COGNITIVE_COMPLEXITY");

        if (fires) {
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.line()).isEqualTo(2);
                assertThat(finding.message()).isEqualTo("`classify` at line 2 has cognitive complexity " + ifs
                        + " (limit 15) (Dive Deep): a reviewer has to hold every branch and nesting level in mind at "
                        + "once to trust it.");
            });
        } else {
            assertThat(findings).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} flat ifs -> {0} + 1 independent paths")
    @CsvSource({"9, false", "10, true"})
    void cyclomaticComplexityFiresAboveTen(int ifs, boolean fires) {
        List<Finding> findings = findings(ifs, "CYCLOMATIC");

        if (fires) {
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.line()).isEqualTo(2);
                assertThat(finding.message()).isEqualTo("`classify` at line 2 has " + (ifs + 1) + " independent "
                        + "paths (limit 10) (Dive Deep): each one is a case to test, and an interviewer will ask which "
                        + "ones you did.");
            });
        } else {
            assertThat(findings).isEmpty();
        }
    }

    private static List<Finding> findings(int ifs, String ruleId) {
        StringBuilder source = new StringBuilder("class Solution {\n    int classify(int value) {\n"
                + "        int score = 0;\n");
        for (int index = 1; index <= ifs; index++) {
            source.append("        if (value == ").append(index).append(") {\n            score += value;\n"
                    + "        }\n");
        }
        source.append("        return score;\n    }\n}\n");
        return ANALYZER.inspect(new SourceFile("Solution.java", source.toString())).findings().stream()
                .filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }
}
