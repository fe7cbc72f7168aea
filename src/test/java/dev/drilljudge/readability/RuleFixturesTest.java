package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule has a fixture, readability/rules/RULE_ID.java. Its `// expect: RULE_ID "message part", RULE_ID` markers
 * name each finding a line must get: a rule listed twice must fire twice there, and a quoted part must appear in that
 * finding's message or suggestion. Every other line must stay clean for the rules the fixture mentions.
 */
class RuleFixturesTest {
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.*)$");
    private static final Pattern ENTRY = Pattern.compile("([A-Z][A-Z_]*)(?:\\s+\"([^\"]*)\")?");

    static List<String> ruleIds() {
        return RuleRegistry.all().stream().map(Rule::id).toList();
    }

    record Expected(int line, String ruleId, String messagePart) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void fixtureIsFlaggedExactlyOnItsMarkedLines(String ruleId) {
        SourceFile fixture = Fixtures.resource("readability/rules/" + ruleId + ".java");
        List<Expected> expected = expectations(fixture);
        Set<String> checkedRules = new HashSet<>();
        checkedRules.add(ruleId);
        expected.forEach(entry -> checkedRules.add(entry.ruleId()));
        assertThat(checkedRules).as("rule ids in %s", fixture.displayPath())
                .allMatch(id -> RuleRegistry.byId(id).isPresent());

        FileAnalysis analysis = new ReadabilityAnalyzer(ReadabilityConfig.defaults()).inspect(fixture);
        List<Finding> reported = RuleRegistry.byId(ruleId).orElseThrow().isSignal()
                ? analysis.signals() : analysis.findings();
        List<Finding> relevant = new ArrayList<>(reported.stream()
                .filter(finding -> checkedRules.contains(finding.ruleId())).toList());

        assertThat(expected).as("the fixture marks at least one line for %s", ruleId)
                .anyMatch(entry -> entry.ruleId().equals(ruleId));
        assertThat(expected).as("the fixture checks the message of at least one %s finding (RULE_ID \"part\")", ruleId)
                .anyMatch(entry -> entry.ruleId().equals(ruleId) && !entry.messagePart().isEmpty());
        List<String> missing = new ArrayList<>();
        for (Expected entry : expected) {
            Finding match = relevant.stream()
                    .filter(finding -> finding.line() == entry.line() && finding.ruleId().equals(entry.ruleId())
                            && (finding.message() + " | " + finding.suggestion()).contains(entry.messagePart()))
                    .findFirst().orElse(null);
            if (match == null) {
                missing.add(entry.toString());
            } else {
                relevant.remove(match);
            }
        }
        assertThat(missing).as("expected findings not reported in %s; reported: %s", fixture.displayPath(), reported)
                .isEmpty();
        assertThat(relevant).as("findings no marker expects in %s", fixture.displayPath()).isEmpty();
    }

    private static List<Expected> expectations(SourceFile fixture) {
        List<Expected> expected = new ArrayList<>();
        String[] lines = fixture.content().split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            Matcher marker = EXPECT.matcher(lines[index]);
            if (!marker.find()) {
                continue;
            }
            Matcher entry = ENTRY.matcher(marker.group(1));
            while (entry.find()) {
                expected.add(new Expected(index + 1, entry.group(1), entry.group(2) == null ? "" : entry.group(2)));
            }
        }
        return expected;
    }
}
