package dev.drilljudge.readability;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The score formula with exact expected values; the worked example is the one in docs/readability.md. */
class ReadabilityScoreTest {
    private static final ReadabilityConfig DEFAULTS = ReadabilityConfig.defaults();

    private static Finding finding(String ruleId) {
        Rule rule = RuleRegistry.byId(ruleId).orElseThrow();
        return new Finding(ruleId, rule.category(), rule.severity(), "message", "Solution.java", 1, 1, "fix");
    }

    private static List<Finding> findings(Object... idsAndCounts) {
        List<Finding> findings = new ArrayList<>();
        for (int index = 0; index < idsAndCounts.length; index += 2) {
            for (int copy = 0; copy < (Integer) idsAndCounts[index + 1]; copy++) {
                findings.add(finding((String) idsAndCounts[index]));
            }
        }
        return findings;
    }

    /** The worked example of the docs: 80 lines of code, so 2 units. */
    private static final List<Finding> WORKED_EXAMPLE = findings(
            "NAME_PLACEHOLDER", 2, "NAME_SHORT", 4, "UNGUARDED_INPUT", 1,
            "METHOD_LENGTH", 1, "MAGIC_NUMBER", 3, "EMPTY_CATCH", 1);

    @Test
    void cleanCodeScoresOneHundred() {
        ReadabilityScore score = ReadabilityScore.compute(List.of(), 0, 25, DEFAULTS, OptionalDouble.empty());
        assertThat(score.overall()).isEqualTo(100);
        assertThat(score.categories()).containsOnly(Map.entry(Category.NAMING, 100), Map.entry(Category.EDGE_CASES, 100),
                Map.entry(Category.MODULARITY, 100), Map.entry(Category.ERROR_HANDLING, 100));
    }

    @Test
    void workedExampleFromTheDocs() {
        ReadabilityScore score = ReadabilityScore.compute(WORKED_EXAMPLE, 1, 80, DEFAULTS, OptionalDouble.empty());
        // naming: W = 2x4 + min(4,3)x2 = 14; 100 - 8 x 14 / 2 = 44
        assertThat(score.categories().get(Category.NAMING)).isEqualTo(44);
        // edge cases: W = 4 - 2 (one guard clause) = 2; 100 - 8 x 2 / 2 = 92
        assertThat(score.categories().get(Category.EDGE_CASES)).isEqualTo(92);
        // modularity: W = 4 + 3 x 0.5 = 5.5; 100 - 8 x 5.5 / 2 = 78
        assertThat(score.categories().get(Category.MODULARITY)).isEqualTo(78);
        // error handling: W = 8; 100 - 8 x 8 / 2 = 68
        assertThat(score.categories().get(Category.ERROR_HANDLING)).isEqualTo(68);
        // overall: (44 + 92 + 78 + 68) / 4 = 70.5, rounded half up
        assertThat(score.overall()).isEqualTo(71);
    }

    @Test
    void edgeTestPassRateIsAveragedIntoEdgeCases() {
        ReadabilityScore score = ReadabilityScore.compute(WORKED_EXAMPLE, 1, 80, DEFAULTS, OptionalDouble.of(0.5));
        // edge cases: (92 + 50) / 2 = 71; overall (44 + 71 + 78 + 68) / 4 = 65.25
        assertThat(score.categories().get(Category.EDGE_CASES)).isEqualTo(71);
        assertThat(score.overall()).isEqualTo(65);
    }

    @Test
    void sameFindingsCostLessInMoreCode() {
        List<Finding> oneMajor = findings("UNGUARDED_INPUT", 1);
        assertThat(ReadabilityScore.compute(oneMajor, 0, 20, DEFAULTS, OptionalDouble.empty())
                .categories().get(Category.EDGE_CASES)).isEqualTo(68);
        assertThat(ReadabilityScore.compute(oneMajor, 0, 160, DEFAULTS, OptionalDouble.empty())
                .categories().get(Category.EDGE_CASES)).isEqualTo(92);
    }

    @Test
    void paddingPastOneHundredSixtyCodeLinesNoLongerDilutesFindings() {
        List<Finding> oneMajor = findings("UNGUARDED_INPUT", 1);
        // 120 lines: 3 units, 100 - 8 x 4 / 3 = 89.3; 160 lines: the cap of 4 units, 100 - 8 x 4 / 4 = 92
        assertThat(edgeCases(oneMajor, 120)).isEqualTo(89);
        assertThat(edgeCases(oneMajor, 160)).isEqualTo(92);
        // without the cap 400 lines (10 units) gave 97 and 4,000 lines 100
        assertThat(edgeCases(oneMajor, 400)).isEqualTo(92);
        assertThat(edgeCases(oneMajor, 4_000)).isEqualTo(92);
        // the worked example at 4 units: d = 28 + 4 + 11 + 16 = 59, overall 100 - 59 / 4 = 85.25, from 160 lines on
        assertThat(ReadabilityScore.compute(WORKED_EXAMPLE, 1, 4_000, DEFAULTS, OptionalDouble.empty()).overall())
                .isEqualTo(ReadabilityScore.compute(WORKED_EXAMPLE, 1, 160, DEFAULTS, OptionalDouble.empty()).overall())
                .isEqualTo(85);
    }

    private static int edgeCases(List<Finding> findings, int codeLines) {
        return ReadabilityScore.compute(findings, 0, codeLines, DEFAULTS, OptionalDouble.empty())
                .categories().get(Category.EDGE_CASES);
    }

    @Test
    void aCategoryScoreBottomsOutAtZeroButTheOverallKeepsTheWholeDeduction() {
        ReadabilityScore score = ReadabilityScore.compute(findings("EMPTY_CATCH", 10), 0, 10, DEFAULTS,
                OptionalDouble.empty());
        assertThat(score.categories().get(Category.ERROR_HANDLING)).isZero();
        // W = 3 x 8 = 24 (three counted), d = 192: overall 100 - 192 / 4 = 52, not the capped 75.
        assertThat(score.overall()).isEqualTo(52);
    }

    @Test
    void aPatternCountsAtMostThreeTimes() {
        int three = ReadabilityScore.compute(findings("NAME_SHORT", 3), 0, 40, DEFAULTS, OptionalDouble.empty())
                .categories().get(Category.NAMING);
        int nine = ReadabilityScore.compute(findings("NAME_SHORT", 9), 0, 40, DEFAULTS, OptionalDouble.empty())
                .categories().get(Category.NAMING);
        assertThat(three).isEqualTo(52);
        assertThat(nine).isEqualTo(52);
    }

    @Test
    void guardClausesEarnCreditButNeverMoreThanOneHundred() {
        assertThat(ReadabilityScore.compute(findings("UNGUARDED_INPUT", 1), 2, 40, DEFAULTS, OptionalDouble.empty())
                .categories().get(Category.EDGE_CASES)).isEqualTo(100);
        assertThat(ReadabilityScore.compute(List.of(), 5, 40, DEFAULTS, OptionalDouble.empty())
                .categories().get(Category.EDGE_CASES)).isEqualTo(100);
    }

    @Test
    void categoryWeightsComeFromTheConfiguration() {
        ReadabilityConfig namingTwice = new ReadabilityConfig(DEFAULTS.disabledRules(), DEFAULTS.thresholds(),
                Map.of("naming", 2.0), DEFAULTS.placeholderNames(), DEFAULTS.abbreviations());
        // (2 x 44 + 92 + 78 + 68) / 5 = 65.2
        assertThat(ReadabilityScore.compute(WORKED_EXAMPLE, 1, 80, namingTwice, OptionalDouble.empty()).overall())
                .isEqualTo(65);
    }

    @Test
    void ruleWeightsComeFromTheConfiguration() {
        ReadabilityConfig shortNamesFree = new ReadabilityConfig(DEFAULTS.disabledRules(), DEFAULTS.thresholds(),
                Map.of("NAME_SHORT", 0.0), DEFAULTS.placeholderNames(), DEFAULTS.abbreviations());
        // naming: W = 2 x 4 = 8; 100 - 8 x 8 / 2 = 68
        assertThat(ReadabilityScore.compute(WORKED_EXAMPLE, 1, 80, shortNamesFree, OptionalDouble.empty())
                .categories().get(Category.NAMING)).isEqualTo(68);
    }

    @Test
    void deductionsAreNotCappedPerCategorySoSwallowedFailuresOutweighABranchyMethod() {
        // Three swallowed exceptions: errorHandling W = 3 x 8 = 24, d = 192; overall 100 - 192 / 4 = 52.
        List<Finding> swallowed = findings("EMPTY_CATCH", 3);
        // A long, branchy method: COGNITIVE_COMPLEXITY 4 + METHOD_LENGTH 4 + NESTING 2 = 10, d = 80; overall 80.
        List<Finding> branchy = new java.util.ArrayList<>(findings("COGNITIVE_COMPLEXITY", 1));
        branchy.addAll(findings("METHOD_LENGTH", 1));
        branchy.addAll(findings("NESTING", 1));
        ReadabilityScore swallowedScore = ReadabilityScore.compute(swallowed, 0, 40, DEFAULTS, OptionalDouble.empty());
        ReadabilityScore branchyScore = ReadabilityScore.compute(branchy, 0, 40, DEFAULTS, OptionalDouble.empty());
        assertThat(swallowedScore.categories().get(Category.ERROR_HANDLING)).isEqualTo(0);
        assertThat(swallowedScore.overall()).isEqualTo(52);
        assertThat(branchyScore.overall()).isEqualTo(80);
    }
}
