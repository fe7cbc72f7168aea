package dev.drilljudge.readability;

import dev.drilljudge.problem.StarterSignature;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Names a problem's starter imposes are not the candidate's choice and are never naming findings. */
class GivenNamesTest {
    private static final SourceFile ANSWER = new SourceFile("Solution.java", """
            class Answer {
                public int cnt(int[] arr) {
                    int temp = 0;
                    for (int value : arr) {
                        temp += value;
                    }
                    return temp;
                }
            }
            """);

    @Test
    void starterNamesAreExemptButTheCandidatesOwnAreNot() {
        ReadabilityAnalyzer analyzer = new ReadabilityAnalyzer(ReadabilityConfig.defaults());

        List<String> everywhere = namingRulesOn(analyzer.analyze(List.of(ANSWER)));
        List<String> given = namingRulesOn(analyzer.withGivenNames(Set.of("cnt", "arr")).analyze(List.of(ANSWER)));

        assertThat(everywhere).contains("2:NAME_PLACEHOLDER", "2:NAME_ABBREVIATION", "3:NAME_PLACEHOLDER");
        assertThat(given).containsExactly("3:NAME_PLACEHOLDER");
    }

    @Test
    void theStarterGivesItsTypesMethodsAndParameters() {
        assertThat(StarterSignature.names(TestBanks.fixtureBank().get("pair-sum")))
                .containsExactlyInAnyOrder("Solution", "twoSum", "nums", "target");
    }

    private static List<String> namingRulesOn(Readability readability) {
        return readability.findings().stream()
                .filter(finding -> finding.category() == Category.NAMING)
                .map(finding -> finding.line() + ":" + finding.ruleId())
                .toList();
    }
}
