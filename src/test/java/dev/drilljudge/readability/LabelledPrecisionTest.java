package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled set: answers written the way candidates write them, every finding judged as a bar raiser would. A
 * true finding is marked inline (`// expect: RULE_ID`); a finding judged false is listed, with the reason, in
 * labelled/false-findings.txt as `File.java:LINE RULE_ID reason`. Every reported finding must be labelled one way or
 * the other, and precision (true / all reported) must stay at or above 85%.
 */
class LabelledPrecisionTest {
    private static final Path LABELLED = Fixtures.testResources().resolve("labelled");
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.*)$");
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z_]+");
    static final double MINIMUM_PRECISION = 0.85;

    @Test
    void everyFindingIsLabelledAndPrecisionIsAtLeast85Percent() throws IOException {
        List<SourceFile> answers = SourceTrees.read(LABELLED);
        assertThat(answers).as("labelled answers").hasSizeGreaterThanOrEqualTo(40);
        List<String> falseLabels = new ArrayList<>(Files.readAllLines(LABELLED.resolve("false-findings.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0] + " " + line.split("\\s+")[1]).toList());
        ReadabilityAnalyzer analyzer = new ReadabilityAnalyzer(ReadabilityConfig.defaults());
        Map<String, int[]> byRule = new TreeMap<>();
        List<String> unlabelled = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (SourceFile answer : answers) {
            List<String> expected = expectations(answer);
            for (Finding finding : analyzer.inspect(answer).findings()) {
                String key = finding.line() + " " + finding.ruleId();
                String falseKey = answer.displayPath() + ":" + key;
                int[] counts = byRule.computeIfAbsent(finding.ruleId(), id -> new int[2]);
                if (expected.remove(key)) {
                    counts[0]++;
                } else if (falseLabels.remove(falseKey)) {
                    counts[1]++;
                } else {
                    unlabelled.add(falseKey + "  " + finding.message());
                }
            }
            expected.forEach(key -> missed.add(answer.displayPath() + ":" + key));
        }
        int truePositives = byRule.values().stream().mapToInt(counts -> counts[0]).sum();
        int falsePositives = byRule.values().stream().mapToInt(counts -> counts[1]).sum();
        StringBuilder table = new StringBuilder("rule: true/reported\n");
        byRule.forEach((rule, counts) -> table.append(String.format("%s: %d/%d%n", rule, counts[0],
                counts[0] + counts[1])));
        System.out.println("Labelled set precision " + truePositives + "/" + (truePositives + falsePositives)
                + "\n" + table + "missed (marked, not reported): " + missed);

        assertThat(unlabelled).as("findings with no label; mark them true inline or false in false-findings.txt")
                .isEmpty();
        assertThat(falseLabels).as("false-findings.txt entries that match no finding").isEmpty();
        assertThat((double) truePositives / Math.max(1, truePositives + falsePositives))
                .as("precision over the labelled set\n%s", table).isGreaterThanOrEqualTo(MINIMUM_PRECISION);
    }

    private static List<String> expectations(SourceFile answer) {
        List<String> expected = new ArrayList<>();
        String[] lines = answer.content().split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            Matcher marker = EXPECT.matcher(lines[index]);
            if (marker.find()) {
                Matcher id = ID.matcher(marker.group(1));
                while (id.find()) {
                    expected.add((index + 1) + " " + id.group());
                }
            }
        }
        return expected;
    }
}
