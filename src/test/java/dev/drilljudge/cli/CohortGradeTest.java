package dev.drilljudge.cli;

import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.report.grade.ReportSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `judge grade --cohort` with the real engine: a cohort of three students graded in two shards and merged with
 * `judge merge-grades` gives the same rows as one unsharded run, in every format.
 */
class CohortGradeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JudgeEngine engine;

    @TempDir
    static Path root;
    private static Path bank;
    private static Path cohort;

    @BeforeAll
    static void cohortOfThree() throws Exception {
        // The options `judge grade` itself uses: one worker started per submission, no idle spares.
        engine = new JudgeEngine(EngineOptions.grading());
        bank = root.resolve("bank");
        cohort = root.resolve("cohort");
        TinyBank.write(bank);
        // Shards by the documented hash: 1/2 holds bob and carol, 2/2 holds alice (all accepted or wrong: exit 0).
        write("alice/submissions/add-two/Solution.java", TinyBank.ADD_TWO_ACCEPTED);
        write("alice/submissions/max-of/Solution.java", TinyBank.MAX_OF_WRONG);
        write("alice/submissions/.judge/history.jsonl", TinyBank.HISTORY);
        write("bob/submissions/add-two/Solution.java", TinyBank.ADD_TWO_ACCEPTED);
        write("carol/submissions/max-of/Solution.java", TinyBank.MAX_OF_WRONG);
        write("carol/submissions/scratch/Notes.java", "class Notes {}\n");
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void twoShardsMergedGiveTheRowsOfOneUnshardedRun() throws Exception {
        CliRun whole = grade("--json", path("whole/grade.json"), "--markdown", path("whole/summary.md"),
                "--sarif", path("whole/grade.sarif"));
        CliRun first = grade("--shard", "1/2", "--json", path("shard-1.json"));
        CliRun second = grade("--shard", "2/2", "--json", path("shard-2.json"));
        CliRun merged = CliRun.run(new MergeGradesCommand(Map.of()), "merge-grades", path("shard-1.json"),
                path("shard-2.json"), "--expect", "add-two,max-of", "--json", path("merged/grade.json"),
                "--markdown", path("merged/summary.md"), "--sarif", path("merged/grade.sarif"),
                "--junit-xml", path("merged/junit.xml"));

        assertThat(List.of(whole.exitCode(), first.exitCode(), second.exitCode(), merged.exitCode()))
                .as(whole.err() + first.err() + second.err() + merged.err()).containsExactly(1, 1, 0, 1);
        assertThat(rowNames(read("shard-1.json"))).containsExactly("bob/add-two", "bob/max-of", "carol/add-two",
                "carol/max-of");
        assertThat(rowNames(read("shard-2.json"))).containsExactly("alice/add-two", "alice/max-of");
        assertThat(withoutTimes(read("merged/grade.json").get("problems")))
                .isEqualTo(withoutTimes(read("whole/grade.json").get("problems")));
        assertThat(read("merged/grade.json").get("summary")).isEqualTo(read("whole/grade.json").get("summary"));
        assertThat(read("merged/grade.json").get("unknownFolders").toString()).isEqualTo("[\"carol/scratch\"]");
        assertThat(Files.readString(root.resolve("merged/summary.md")))
                .isEqualTo(Files.readString(root.resolve("whole/summary.md")));
        assertThat(Files.readString(root.resolve("merged/grade.sarif")))
                .isEqualTo(Files.readString(root.resolve("whole/grade.sarif")));
        String junit = Files.readString(root.resolve("merged/junit.xml"));
        ReportSchemas.validateJunitXml(junit);
        assertThat(junit).contains("<testsuite name=\"alice/add-two\"", "<testsuite name=\"bob/max-of\" tests=\"1\" "
                + "failures=\"1\" errors=\"0\"", "<property name=\"student\" value=\"carol\"/>");
        assertThat(merged.out()).contains("  FAIL  bob/max-of     NOT_SUBMITTED         -  <- not submitted")
                .contains("Graded 6 problems: 2 accepted, 2 not submitted, 4 of 6 meet the thresholds.");
    }

    @Test
    void theCohortSummaryHasOneRowPerStudentAndTheJsonNamesTheStudent() throws Exception {
        grade("--json", path("table/grade.json"), "--markdown", path("table/summary.md"), "--require-accepted");

        JsonNode rows = read("table/grade.json").get("problems");
        assertThat(rows.get(0).get("student").asString()).isEqualTo("alice");
        assertThat(rows.get(0).get("path").asString()).isEqualTo("alice/submissions/add-two");
        assertThat(rows.get(0).get("timing").asString()).isEqualTo("self-reported");
        assertThat(read("table/grade.json").get("students").toString()).isEqualTo("[\"alice\",\"bob\",\"carol\"]");
        assertThat(Files.readString(root.resolve("table/summary.md"))).contains(
                "| Student | add-two | max-of | Passed |",
                "| bob | ✅ ACCEPTED 2/2<br>Meta ",
                "| ❌ NOT_SUBMITTED | 1/2 |",
                "- `alice/max-of`: WRONG_ANSWER on test 2 (edge: largest last): ");
    }

    @Test
    void aShardWithNoStudentWritesAnEmptyReportAndMergeGradesTheRest() throws Exception {
        // Three shards of three students: by the hash, no student falls in shard 2/3 of "alice", "bob", "carol".
        CliRun empty = grade("--shard", "2/3", "--json", path("empty-shard.json"));

        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).startsWith("Shard 2/3 holds no student of " + cohort + "; nothing to grade in this "
                + "shard.\n");
        assertThat(read("empty-shard.json").get("problems").size()).isZero();
    }

    private static CliRun grade(String... options) {
        GradeCommand command = new GradeCommand(Map.of(),
                () -> new GradeCommand.ManagedGrader(GradeCommand.grader(engine, EngineOptions.grading()), () -> {
                }), false);
        List<String> arguments = new ArrayList<>(List.of("grade", "--cohort", cohort.toString(), "--problems",
                bank.toString(), "--expect", "add-two,max-of"));
        arguments.addAll(List.of(options));
        return CliRun.run(command, arguments.toArray(String[]::new));
    }

    private static JsonNode withoutTimes(JsonNode rows) {
        JsonNode copy = rows.deepCopy();
        for (JsonNode row : copy) {
            ((ObjectNode) row).remove("timings");
            for (JsonNode result : (ArrayNode) row.get("results")) {
                ((ObjectNode) result).remove(List.of("timeMs", "cpuMs"));
            }
        }
        return copy;
    }

    private static List<String> rowNames(JsonNode document) {
        List<String> names = new ArrayList<>();
        document.get("problems").forEach(row -> names.add(row.get("student").asString() + "/"
                + row.get("problem").asString()));
        return names;
    }

    private static JsonNode read(String relative) {
        return JSON.readTree(root.resolve(relative).toFile());
    }

    private static String path(String relative) {
        return root.resolve(relative).toString();
    }

    private static void write(String relative, String content) throws Exception {
        Path file = cohort.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
