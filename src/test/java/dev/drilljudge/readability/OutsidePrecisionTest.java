package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Precision on answers the rules were not written against: LeetCode-style files from public repositories, every
 * finding labelled true or false in the set's labels.txt. labelled-outside (35 answers), labelled-outside-2
 * (40 answers from six other repositories), labelled-outside-3 (40 from seven more), labelled-outside-4 (40 from
 * seven more), labelled-outside-5 (40 from seven more, labelled at e75d1bc), labelled-outside-6 (40 from six more,
 * labelled at 94d7fe1) and labelled-outside-7 (40 from seven more, labelled at d882839) have led rule changes, in that
 * order, and so has labelled-outside-8 (29 from five further repositories, labelled at b263d5a) since it was measured
 * held out twice. labelled-outside-9 (39 from seven further repositories) and labelled-outside-10 (39 from six
 * more), both labelled at ae0cdde, and labelled-outside-11 (39 from six more, labelled at 200e11d), all by reviewers
 * who saw no other set's labels, are held out: no rule is changed by looking at them, so they measure whether the
 * changes generalise. Issue 12 asks for 85% on unseen code, and sets 2 to 11 do not reach it yet: with their answers
 * fetched, their precision assertions fail, which is the measurement (see
 * docs/readability.md), not a bug in the test. The third-party code is not committed;
 * each set's fetch.sh downloads it at the labelled commits, and without it the set is skipped with that instruction.
 */
class OutsidePrecisionTest {
    private static final double MINIMUM_PRECISION = 0.85;
    private static final double MINIMUM_RECALL = 0.85;

    record Label(String key, boolean isTrue, boolean appearedLater) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"labelled-outside", "labelled-outside-2", "labelled-outside-3",
            "labelled-outside-4", "labelled-outside-5", "labelled-outside-6", "labelled-outside-7",
            "labelled-outside-8", "labelled-outside-9", "labelled-outside-10", "labelled-outside-11"})
    void precisionAndRecallOnOutsideAnswers(String set) throws IOException {
        Path outside = Fixtures.testResources().resolve(set);
        Map<String, String> hashes = manifest(outside);
        Path answers = outside.resolve("answers");
        assumeTrue(hashes.keySet().stream().allMatch(file -> Files.isRegularFile(answers.resolve(file))),
                "the answers of " + set + " are not here: run src/test/resources/readability/" + set + "/fetch.sh");

        List<Label> unmatched = labels(outside);
        int originalTrue = (int) unmatched.stream().filter(label -> label.isTrue() && !label.appearedLater()).count();
        ReadabilityAnalyzer analyzer = new ReadabilityAnalyzer(ReadabilityConfig.defaults());
        Map<String, int[]> byRule = new TreeMap<>();
        List<String> unlabelled = new ArrayList<>();
        int keptOriginalTrue = 0;
        for (Map.Entry<String, String> entry : hashes.entrySet()) {
            byte[] bytes = Files.readAllBytes(answers.resolve(entry.getKey()));
            assertThat(sha256(bytes)).as("%s is the text that was labelled", entry.getKey()).isEqualTo(entry.getValue());
            SourceFile answer = new SourceFile(entry.getKey(), new String(bytes, StandardCharsets.UTF_8));
            for (Finding finding : analyzer.inspect(answer).findings()) {
                String key = entry.getKey() + ":" + finding.line() + " " + finding.ruleId();
                Label label = unmatched.stream().filter(candidate -> candidate.key().equals(key)).findFirst()
                        .orElse(null);
                if (label == null) {
                    unlabelled.add(key + "  " + finding.message());
                    continue;
                }
                unmatched.remove(label);
                byRule.computeIfAbsent(finding.ruleId(), id -> new int[2])[label.isTrue() ? 0 : 1]++;
                if (label.isTrue() && !label.appearedLater()) {
                    keptOriginalTrue++;
                }
            }
        }
        int truePositives = byRule.values().stream().mapToInt(counts -> counts[0]).sum();
        int reported = byRule.values().stream().mapToInt(counts -> counts[0] + counts[1]).sum();
        StringBuilder table = new StringBuilder("rule: true/reported\n");
        byRule.forEach((rule, counts) -> table.append(String.format("%s: %d/%d%n", rule, counts[0],
                counts[0] + counts[1])));
        System.out.println(set + ": precision " + truePositives + "/" + reported + ", original true findings "
                + "kept " + keptOriginalTrue + "/" + originalTrue + "\n" + table + "labelled true, no longer reported: "
                + unmatched.stream().filter(Label::isTrue).map(Label::key).toList());

        assertThat(unlabelled).as("findings with no label in %s/labels.txt; judge each and add it, marked (new)", set)
                .isEmpty();
        assertThat((double) truePositives / Math.max(1, reported)).as("precision on %s\n%s", set, table)
                .isGreaterThanOrEqualTo(MINIMUM_PRECISION);
        assertThat((double) keptOriginalTrue / originalTrue)
                .as("share of the original true findings of %s still reported", set)
                .isGreaterThanOrEqualTo(MINIMUM_RECALL);
    }

    /** File name to the SHA-256 of the labelled text, from sources.tsv. */
    private static Map<String, String> manifest(Path outside) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(outside.resolve("sources.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            hashes.put(fields[0], fields[4]);
        }
        return hashes;
    }

    private static List<Label> labels(Path outside) throws IOException {
        List<Label> labels = new ArrayList<>();
        for (String line : Files.readAllLines(outside.resolve("labels.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+", 4);
            assertThat(fields[2]).as("label of %s %s", fields[0], fields[1]).isIn("true", "false");
            labels.add(new Label(fields[0] + " " + fields[1], fields[2].equals("true"),
                    fields.length > 3 && fields[3].startsWith("(new)")));
        }
        return labels;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
