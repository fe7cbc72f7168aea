package dev.drilljudge.ci;

import dev.drilljudge.ci.PracticeRepoTemplatesTest.LocalJudge;
import dev.drilljudge.ci.PracticeRepoTemplatesTest.Result;
import dev.drilljudge.testing.TestBanks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.drilljudge.ci.PracticeRepoTemplatesTest.copyTree;
import static dev.drilljudge.ci.PracticeRepoTemplatesTest.step;
import static dev.drilljudge.ci.PracticeRepoTemplatesTest.stepNamed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohort templates' shell lines, read from the YAML and run with bash as a runner would, against three students:
 * alice (accepted), bob (a wrong answer) and carol (a repo that cannot be cloned). The clone loop, every shard of
 * the matrix (GitHub) or of {@code parallel:} (GitLab), and the merge run for real with a local judge launcher and the
 * test bank. Left to the runners: the judge build (a fetch from GitHub and a Maven build) and GitLab's clone of the
 * private bank, which needs the GitLab server; the bank is put where those steps would put it.
 */
class CohortTemplatesTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path EXAMPLES = TestBanks.projectRoot().resolve("examples/ci");
    private static final Path FIXTURE_BANK = TestBanks.projectRoot().resolve("src/test/resources/bank");

    @TempDir
    Path temp;
    private Path grading;

    @BeforeEach
    void gradingRepoAndStudents() throws Exception {
        grading = Files.createDirectories(temp.resolve("grading"));
        Path students = temp.resolve("students");
        student(students.resolve("alice"), FIXTURE_BANK.resolve("pair-sum/solutions/accepted/hash-map"));
        student(students.resolve("bob"), FIXTURE_BANK.resolve("pair-sum/solutions/wrong/first-pair-only"));
        Files.writeString(grading.resolve("cohort.txt"), "# week 1 cohort\n"
                + students.resolve("alice").toUri() + "\n\n"
                + students.resolve("bob").toUri() + "\n"
                + students.resolve("carol.git").toUri() + "\n");
        Files.writeString(grading.resolve("assignment.txt"), "pair-sum\n");
    }

    @Test
    void theGithubMatrixGradesEveryShardAndTheMergeJobReportsTheCohort() throws Exception {
        JsonNode workflow = YAML.readTree(EXAMPLES.resolve("cohort-github-actions.yml").toFile());
        Map<String, String> env = new HashMap<>();
        workflow.get("env").properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asString()));
        int shards = Integer.parseInt(env.get("SHARDS"));
        List<Integer> matrix = new ArrayList<>();
        workflow.get("jobs").get("grade").get("strategy").get("matrix").get("shard")
                .forEach(shard -> matrix.add(shard.asInt()));
        assertThat(matrix).as("the matrix lists 1..SHARDS").isEqualTo(IntStream.rangeClosed(1, shards).boxed().toList());
        // Where actions/checkout and download-artifact put the bank and the judge.
        copyTree(FIXTURE_BANK, grading.resolve(env.get("DRILL_JUDGE_BANK")).resolve("problems"));
        LocalJudge.install(grading.resolve(".drill-judge/judge"));

        Result cloned = bash(env, stepNamed(workflow, "Clone the cohort"), Map.of("COHORT_TOKEN", ""));
        assertThat(cloned.exit()).as(cloned.output()).isZero();
        assertThat(cloned.output()).contains("::warning::cannot clone " + temp.resolve("students/carol.git").toUri());
        for (int shard : matrix) {
            Result graded = bash(env, step(workflow, "grade"), Map.of("SHARD", String.valueOf(shard)));
            assertThat(graded.exit()).as("shard " + shard + ": " + graded.output()).isZero();
            assertThat(grading.resolve("reports/shard-" + shard + ".json")).isRegularFile();
        }
        Result merged = bash(env, step(workflow, "merge"), Map.of());
        Path summary = temp.resolve("step-summary.md");
        Result summarised = bash(env, stepNamed(workflow, "Job summary"),
                Map.of("GITHUB_STEP_SUMMARY", summary.toString()));

        assertThat(merged.exit()).as("bob is wrong and carol submitted nothing: " + merged.output()).isEqualTo(1);
        assertThat(rows()).containsExactly("alice pair-sum ACCEPTED", "bob pair-sum WRONG_ANSWER",
                "carol pair-sum NOT_SUBMITTED");
        assertThat(grading.resolve("reports/junit.xml")).isRegularFile();
        assertThat(grading.resolve("reports/grade.sarif")).isRegularFile();
        assertThat(summarised.exit()).isZero();
        assertThat(Files.readString(summary)).isEqualTo(Files.readString(grading.resolve("reports/summary.md")));
        assertThat(merged.output() + cloned.output()).doesNotContain("\u001b[");
    }

    @Test
    void theGitlabParallelJobsGradeEveryShardAndTheMergeJobReportsTheCohort() throws Exception {
        JsonNode pipeline = YAML.readTree(EXAMPLES.resolve("cohort-gitlab-ci.yml").toFile());
        Map<String, String> env = new HashMap<>();
        pipeline.get("variables").properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asString()));
        JsonNode gradeJob = pipeline.get("grade-shard");
        int parallel = gradeJob.get("parallel").asInt();
        assertThat(Integer.parseInt(env.get("SHARDS"))).as("SHARDS must equal parallel:").isEqualTo(parallel);
        // Where the bank clone (the job's first line) would put the bank, and where build-judge's artifact lands.
        Path bank = temp.resolve("bank-checkout");
        copyTree(FIXTURE_BANK, bank.resolve("problems"));
        env.put("DRILL_JUDGE_BANK", bank.toString());
        LocalJudge.install(grading.resolve(env.get("DRILL_JUDGE_HOME")));
        List<String> script = lines(gradeJob.get("script"));
        assertThat(script.get(0)).as("the bank clone, which needs the GitLab server").startsWith("git clone");

        for (int index = 1; index <= parallel; index++) {
            if (index > 1) {
                deleteTree(grading.resolve("cohort")); // each parallel job starts from a fresh checkout
            }
            Result graded = LocalJudge.bash(grading, withNode(env, index, parallel),
                    String.join("\n", script.subList(1, script.size())));
            assertThat(graded.exit()).as("job " + index + "/" + parallel + ": " + graded.output()).isZero();
            assertThat(grading.resolve("reports/shard-" + index + ".json")).isRegularFile();
        }
        Result merged = LocalJudge.bash(grading, env, String.join("\n", lines(pipeline.get("merge-grades")
                .get("script"))));

        assertThat(merged.exit()).as(merged.output()).isEqualTo(1);
        assertThat(rows()).containsExactly("alice pair-sum ACCEPTED", "bob pair-sum WRONG_ANSWER",
                "carol pair-sum NOT_SUBMITTED");
        assertThat(Files.readString(grading.resolve("reports/junit.xml")))
                .contains("<testsuite name=\"carol/pair-sum\" tests=\"1\" failures=\"1\" errors=\"0\"");
    }

    private Result bash(Map<String, String> workflowEnv, JsonNode step, Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(workflowEnv);
        step.path("env").properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asString()));
        env.putAll(extra);
        return LocalJudge.bash(grading, env, step.get("run").asString());
    }

    private static Map<String, String> withNode(Map<String, String> env, int index, int total) {
        Map<String, String> node = new HashMap<>(env);
        node.put("CI_NODE_INDEX", String.valueOf(index));
        node.put("CI_NODE_TOTAL", String.valueOf(total));
        return node;
    }

    private List<String> rows() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(grading.resolve("reports/grade.json").toFile());
        List<String> rows = new ArrayList<>();
        json.get("problems").forEach(row -> rows.add(row.get("student").asString() + " "
                + row.get("problem").asString() + " " + row.get("verdict").asString()));
        return rows;
    }

    private static List<String> lines(JsonNode script) {
        List<String> lines = new ArrayList<>();
        script.forEach(line -> lines.add(line.asString()));
        return lines;
    }

    private static void student(Path repo, Path solution) throws Exception {
        copyTree(solution, repo.resolve("submissions/pair-sum"));
        Files.deleteIfExists(repo.resolve("submissions/pair-sum/BUG.md"));
        git(repo, "init", "--quiet");
        git(repo, "add", "--all");
        git(repo, "commit", "--quiet", "-m", "my answer");
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
