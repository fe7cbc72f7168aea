package dev.drilljudge.ci;

import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI test of the practice-repo model: `judge practice-repo` writes a repo, and each template's grading command
 * (its shell lines, read from the YAML, not a runner) grades that repo with a local judge launcher and the test
 * bank, exactly as CI would run them.
 */
class PracticeRepoTemplatesTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    /** The bank checkout, the judge launcher and the practice repo as `judge practice-repo` wrote it: made once. */
    @TempDir
    static Path shared;
    private static Path judgeHome;
    private static Path bankCheckout;
    private static Path madeRepo;

    @TempDir
    Path temp;
    /** This test's copy of the practice repo, which it may change. */
    private Path repo;

    /** One judge JVM writes the repo for every test (it was one per test, ~1 s of CPU each, for the same files). */
    @BeforeAll
    static void practiceRepoAndLocalJudge() throws Exception {
        bankCheckout = shared.resolve("bank-checkout");
        copyTree(TestBanks.projectRoot().resolve("src/test/resources/bank"), bankCheckout.resolve("problems"));
        judgeHome = LocalJudge.install(shared.resolve("judge-home"));
        madeRepo = shared.resolve("practice");

        Result made = LocalJudge.run(shared, Map.of(), judgeHome.resolve("judge").toString(), "practice-repo",
                madeRepo.toString(), "--expect", "pair-sum,counter", "--problems",
                bankCheckout.resolve("problems").toString(), "--judge-ref", "v9.9.9", "--bank-repository",
                "bootcamp/private-bank");
        assertThat(made.exit()).as(made.output()).isZero();
    }

    @BeforeEach
    void ownCopyOfThePracticeRepo() {
        repo = temp.resolve("practice");
        copyTree(madeRepo, repo);
    }

    @Test
    void theRepoHoldsTheCandidatesFilesAndNothingOfTheJudge() throws Exception {
        try (Stream<Path> files = Files.walk(repo)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> repo.relativize(file).toString()).sorted())
                    .containsExactly(".github/workflows/drill-judge.yml", ".gitignore", ".gitlab-ci.yml", "README.md",
                            "submissions/.judge/history.jsonl", "submissions/README.md");
        }
        assertThat(Files.readString(repo.resolve("README.md"))).contains("The assignment for this repo: `counter`, `pair-sum`.");
    }

    @Test
    void gitCommitsTheSubmissionsAndTheHistoryButNotTheJudgesScratch() throws Exception {
        write("submissions/pair-sum/Solution.java", "class Solution {}\n");
        write("submissions/.judge/drills.json", "{}\n");
        write("reports/junit.xml", "<testsuites/>\n");
        git("init", "--quiet");
        git("add", "--all");

        assertThat(git("ls-files").lines()).containsExactly(".github/workflows/drill-judge.yml", ".gitignore",
                ".gitlab-ci.yml", "README.md", "submissions/.judge/history.jsonl", "submissions/README.md",
                "submissions/pair-sum/Solution.java");
    }

    @Test
    void theGithubWorkflowInstallsAPinnedJudgeAndSurvivesWhatCanGoWrong() throws Exception {
        JsonNode workflow = YAML.readTree(repo.resolve(".github/workflows/drill-judge.yml").toFile());

        assertThat(workflow.get("on").get("push").get("branches").toString()).isEqualTo("[\"main\"]");
        assertThat(workflow.get("concurrency").get("cancel-in-progress").asBoolean()).isTrue();
        assertThat(workflow.get("env").get("DRILL_JUDGE_REF").asString()).isEqualTo("v9.9.9");
        assertThat(workflow.get("env").get("BANK_REPOSITORY").asString()).isEqualTo("bootcamp/private-bank");
        assertThat(workflow.get("env").get("NO_COLOR").asString()).isEqualTo("1");
        JsonNode install = step(workflow, "install");
        assertThat(install.get("env").get("DRILL_JUDGE_HOME").asString()).isEqualTo("${{ runner.temp }}/drill-judge");
        assertThat(install.get("run").asString()).contains("fetch --quiet --depth 1", "\"$DRILL_JUDGE_REF\"")
                .doesNotContain("mvn -B -q -DskipTests package\n./judge");
        JsonNode sarif = stepUsing(workflow, "github/codeql-action/upload-sarif");
        assertThat(sarif.get("continue-on-error").asBoolean()).isTrue();
        assertThat(sarif.get("if").asString()).contains("hashFiles('reports/grade.sarif') != ''");
        assertThat(stepUsing(workflow, "mikepenz/action-junit-report").get("if").asString())
                .contains("hashFiles('reports/junit.xml') != ''");
    }

    @Test
    void theGithubGradeStepGradesThePracticeRepo() throws Exception {
        JsonNode workflow = YAML.readTree(repo.resolve(".github/workflows/drill-judge.yml").toFile());
        String grade = step(workflow, "grade").get("run").asString();
        String summary = stepNamed(workflow, "Job summary").get("run").asString();
        Path stepSummary = temp.resolve("step-summary.md");
        Map<String, String> env = Map.of("DRILL_JUDGE_HOME", judgeHome.toString(),
                "DRILL_JUDGE_BANK", bankCheckout.toString(), "GITHUB_STEP_SUMMARY", stepSummary.toString(),
                "NO_COLOR", "1");

        // Before any grade: the summary step survives the missing report.
        assertThat(LocalJudge.bash(repo, env, summary).exit()).isZero();
        assertThat(Files.readString(stepSummary)).contains("Drill Judge wrote no report");

        Result nothingSubmitted = LocalJudge.bash(repo, env, grade);
        assertThat(nothingSubmitted.exit()).as(nothingSubmitted.output()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(repo.resolve("reports/grade.json").toFile());
        assertThat(json.get("problems")).extracting(row -> row.get("problem").asString() + " "
                + row.get("verdict").asString()).containsExactly("counter NOT_SUBMITTED", "pair-sum NOT_SUBMITTED");
        assertThat(nothingSubmitted.output()).doesNotContain("\u001B[");

        copyTree(TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum/solutions/accepted/hash-map"),
                repo.resolve("submissions/pair-sum"));
        copyTree(TestBanks.projectRoot().resolve("src/test/resources/bank/counter/solutions/accepted")
                .resolve(firstChild(TestBanks.projectRoot().resolve("src/test/resources/bank/counter/solutions/accepted"))),
                repo.resolve("submissions/counter"));
        Result accepted = LocalJudge.bash(repo, env, grade);
        assertThat(accepted.exit()).as(accepted.output()).isZero();
        assertThat(Files.readString(repo.resolve("reports/summary.md"))).contains("2 of 2 problems accepted");
        assertThat(LocalJudge.bash(repo, env, summary).exit()).isZero();
        assertThat(Files.readString(stepSummary)).contains("| pair-sum | ✅ ACCEPTED |");
    }

    @Test
    void theGitlabScriptGradesThePracticeRepo() throws Exception {
        JsonNode pipeline = YAML.readTree(repo.resolve(".gitlab-ci.yml").toFile());
        JsonNode job = pipeline.get("drill-judge");
        assertThat(pipeline.get("variables").get("DRILL_JUDGE_REF").asString()).isEqualTo("v9.9.9");
        assertThat(pipeline.get("variables").get("MAVEN_OPTS").asString()).isEqualTo("-Dmaven.repo.local=/tmp/drill-judge-m2");
        assertThat(pipeline.get("workflow").get("rules").toString()).contains("merge_request_event")
                .contains("\"when\":\"never\"");
        assertThat(job.get("artifacts").get("when").asString()).isEqualTo("always");
        Map<String, String> env = Map.of("DRILL_JUDGE_HOME", judgeHome.toString(),
                "DRILL_JUDGE_BANK", bankCheckout.toString(), "NO_COLOR", "1");

        List<String> script = new ArrayList<>();
        job.get("script").forEach(line -> script.add(line.asString()));
        Result graded = LocalJudge.bash(repo, env, String.join("\n", script));

        assertThat(graded.exit()).as(graded.output()).isEqualTo(1);
        assertThat(Files.readString(repo.resolve("reports/junit.xml")))
                .contains("<testsuite name=\"pair-sum\" tests=\"1\" failures=\"1\" errors=\"0\"");
    }

    @Test
    void theExamplesAreTheTemplatesWithTheirDefaults() throws Exception {
        Path defaults = temp.resolve("defaults");
        Result made = LocalJudge.run(temp, Map.of(), judgeHome.resolve("judge").toString(), "practice-repo",
                defaults.toString(), "--problems", temp.resolve("no-bank").toString());
        assertThat(made.exit()).as(made.output()).isZero();
        Path examples = TestBanks.projectRoot().resolve("examples/ci");

        assertThat(Files.readString(defaults.resolve(".github/workflows/drill-judge.yml")))
                .isEqualTo(Files.readString(examples.resolve("github-actions.yml")));
        assertThat(Files.readString(defaults.resolve(".gitlab-ci.yml")))
                .isEqualTo(Files.readString(examples.resolve("gitlab-ci.yml")));
        assertThat(Files.readString(defaults.resolve(".gitlab-ci.yml")))
                .contains("--expect-file \"$DRILL_JUDGE_BANK/assignment.txt\"");
    }

    static JsonNode step(JsonNode workflow, String id) {
        for (JsonNode job : workflow.get("jobs")) {
            for (JsonNode step : job.get("steps")) {
                if (id.equals(step.path("id").asString(""))) {
                    return step;
                }
            }
        }
        throw new AssertionError("no step with id " + id);
    }

    static JsonNode stepNamed(JsonNode workflow, String name) {
        for (JsonNode job : workflow.get("jobs")) {
            for (JsonNode step : job.get("steps")) {
                if (name.equals(step.path("name").asString(""))) {
                    return step;
                }
            }
        }
        throw new AssertionError("no step named " + name);
    }

    private static JsonNode stepUsing(JsonNode workflow, String action) {
        for (JsonNode job : workflow.get("jobs")) {
            for (JsonNode step : job.get("steps")) {
                if (step.path("uses").asString("").startsWith(action + "@")) {
                    return step;
                }
            }
        }
        throw new AssertionError("no step uses " + action);
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private void write(String relative, String content) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String firstChild(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(child -> child.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exit, String output) {
    }

    /** A judge installed as CI installs it, as far as a test can: a `judge` launcher on this build's classes. */
    static final class LocalJudge {
        private LocalJudge() {
        }

        static Path install(Path home) throws IOException {
            Files.createDirectories(home);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path launcher = home.resolve("judge");
            Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                    + System.getProperty("java.class.path") + "' dev.drilljudge.cli.Main \"$@\"\n");
            launcher.toFile().setExecutable(true);
            return home;
        }

        static Result bash(Path directory, Map<String, String> env, String script) throws Exception {
            return run(directory, env, "bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script);
        }

        static Result run(Path directory, Map<String, String> env, String... command) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            Map<String, String> environment = new LinkedHashMap<>(env);
            builder.environment().remove("GITHUB_ACTIONS");
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + output);
            }
            return new Result(process.exitValue(), output);
        }
    }
}
