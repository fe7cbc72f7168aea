package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule has a fixture, readability/rules/RULE_ID.java, whose `// expect: RULE_ID` markers name the lines it
 * must flag; every other line of the fixture must stay clean for the rules the fixture mentions.
 */
class RuleFixturesTest {
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([A-Z_]+(?:\\s*,\\s*[A-Z_]+)*)");

    static List<String> ruleIds() {
        return RuleRegistry.all().stream().map(Rule::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void fixtureIsFlaggedExactlyOnItsMarkedLines(String ruleId) {
        SourceFile fixture = Fixtures.resource("readability/rules/" + ruleId + ".java");
        Set<String> expected = expectedPairs(fixture);
        Set<String> checkedRules = new HashSet<>();
        checkedRules.add(ruleId);
        expected.forEach(pair -> checkedRules.add(pair.substring(pair.indexOf(' ') + 1)));

        FileAnalysis analysis = new ReadabilityAnalyzer(ReadabilityConfig.defaults()).inspect(fixture);
        List<Finding> reported = RuleRegistry.byId(ruleId).orElseThrow().isSignal()
                ? analysis.signals() : analysis.findings();
        Set<String> actual = reported.stream()
                .filter(finding -> checkedRules.contains(finding.ruleId()))
                .map(finding -> pair(finding.line(), finding.ruleId()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(expected).as("the fixture marks at least one line for %s", ruleId)
                .anyMatch(pair -> pair.endsWith(" " + ruleId));
        assertThat(actual).as("(line, rule) pairs in %s; findings: %s", fixture.displayPath(), reported)
                .isEqualTo(expected);
    }

    private static Set<String> expectedPairs(SourceFile fixture) {
        Set<String> pairs = new TreeSet<>();
        String[] lines = fixture.content().split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            Matcher matcher = EXPECT.matcher(lines[index]);
            if (matcher.find()) {
                for (String id : Arrays.asList(matcher.group(1).split("\\s*,\\s*"))) {
                    pairs.add(pair(index + 1, id.strip()));
                }
            }
        }
        return pairs;
    }

    private static String pair(int line, String ruleId) {
        return String.format("%03d %s", line, ruleId);
    }
}
