package dev.drilljudge.cli;

import dev.drilljudge.report.submission.JsonReport;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CoreCommandsTest {
    /** Submits record history; keep it out of the project's own submissions/ folder. */
    @TempDir
    Path workspace;

    private static final String BANK = TestBanks.projectRoot().resolve("src/test/resources/bank").toString();
    private static final Path SOLUTIONS = TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum/solutions");

    @Test
    void acceptedSubmitExitsZeroWithTheJsonContract() {
        CliRunner.Result result = CliRunner.run("submit", "pair-sum", SOLUTIONS.resolve("accepted/hash-map").toString(),
                "--problems", BANK, "--format", "json", "--submissions", workspace.toString());

        assertThat(result.exitCode()).isEqualTo(0);
        JsonNode json = JsonReport.mapper().readTree(result.out());
        assertThat(json.path("problem").asString()).isEqualTo("pair-sum");
        assertThat(json.path("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(json.path("tests").path("passed").asInt()).isEqualTo(3);
        assertThat(json.path("tests").path("total").asInt()).isEqualTo(3);
        assertThat(json.path("results")).hasSize(3);
        JsonNode first = json.path("results").get(0);
        assertThat(first.path("name").asString()).isEqualTo("PairSumHiddenTest.a_example");
        assertThat(first.path("status").asString()).isEqualTo("PASSED");
        assertThat(first.has("timeMs")).isTrue();
        assertThat(first.has("message")).isTrue();
        assertThat(json.path("diagnostics").isArray()).isTrue();
        assertThat(json.path("timings").has("compileMs")).isTrue();
        assertThat(json.path("timings").has("runMs")).isTrue();
        assertThat(json.path("timings").has("totalMs")).isTrue();
        assertThat(json.path("readability").path("score").isInt()).isTrue();
        assertThat(json.path("readability").path("categories").propertyNames())
                .containsExactlyInAnyOrder("naming", "edgeCases", "modularity", "errorHandling");
        assertThat(json.path("readability").path("findings").isArray()).isTrue();
        JsonNode meta = json.path("scores").path("meta");
        assertThat(meta.path("correctness").asInt()).isEqualTo(100);
        assertThat(meta.path("velocity").isNull()).as("not timed is null, never 0").isTrue();
        assertThat(meta.path("elapsedSeconds").isNull()).isTrue();
        assertThat(meta.path("targetSeconds").asInt()).isEqualTo(900);
        assertThat(json.path("scores").path("amazon").path("correctness").asInt()).isEqualTo(100);
        assertThat(json.path("scores").path("overall").isInt()).isTrue();
        assertThat(json.path("debrief").path("meta").asString()).startsWith("Meta: ");
        assertThat(json.path("debrief").path("amazon").asString()).startsWith("Amazon: ");
    }

    @Test
    void wrongAnswerExitsOne() {
        CliRunner.Result result = CliRunner.run("submit", "pair-sum", SOLUTIONS.resolve("wrong/first-pair-only").toString(),
                "--problems", BANK, "--submissions", workspace.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith("WRONG_ANSWER on test 2 (edge: pair is not adjacent)");
    }

    @Test
    void runUsesTheSampleTests() {
        CliRunner.Result result = CliRunner.run("run", "pair-sum", SOLUTIONS.resolve("accepted/hash-map").toString(),
                "--problems", BANK);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).startsWith("sample tests passed (2/2); `judge submit pair-sum` runs the hidden tests");
    }

    @Test
    void compileErrorShowsTheCandidatesLine(@TempDir Path folder) throws IOException {
        Path answer = folder.resolve("Solution.java");
        Files.writeString(answer, "class Solution {\n  public int[] twoSum(int[] a, int t) { return null }\n}\n");

        CliRunner.Result result = CliRunner.run("submit", "pair-sum", answer.toString(), "--problems", BANK,
                "--submissions", workspace.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith("COMPILE_ERROR: Solution.java:2:52: ';' expected");
    }

    @Test
    void unknownProblemIsBadInputOnOneLine() {
        CliRunner.Result result = CliRunner.run("submit", "no-such-problem", "--problems", BANK);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("judge: unknown problem 'no-such-problem' in " + BANK
                + "; run `judge list` to see the ids" + System.lineSeparator());
    }

    @Test
    void missingPathIsBadInput() {
        CliRunner.Result result = CliRunner.run("submit", "pair-sum", "/no/such/Solution.java", "--problems", BANK);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("/no/such/Solution.java: no such file or folder")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void invalidProblemYamlIsBadInput(@TempDir Path bank) throws IOException {
        Path broken = bank.resolve("broken");
        Files.createDirectories(broken.resolve("tests/hidden"));
        Files.writeString(broken.resolve("problem.yaml"), "id: broken\ntitle: Broken\ndifficulty: impossible\n");
        Files.writeString(broken.resolve("statement.md"), "# Broken");

        CliRunner.Result result = CliRunner.run("show", "broken", "--problems", bank.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("problem.yaml line 3: field 'difficulty'").doesNotContain("\tat ");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : new String[] {"list", "show", "start", "run", "submit", "status", "mock", "report",
                "lint", "grade", "verify", "new", "doctor"}) {
            CliRunner.Result result = CliRunner.run(command, "--help");

            assertThat(result.exitCode()).as(command).isEqualTo(0);
            assertThat(result.out() + result.err()).as(command).contains("Usage: judge " + command);
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRunner.run("submit").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void aUsageErrorIsOneLineNamingTheMistakeAndTheHelp() {
        CliRunner.Result result = CliRunner.run("list", "--bogus");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("judge: Unknown option: '--bogus'; try `judge list --help`\n");
    }

    @Test
    void everyChoiceOptionRejectsAnUnknownValueTheSameWay() {
        CliRunner.Result style = CliRunner.run("list", "--problems", BANK, "--style", "google");
        CliRunner.Result difficulty = CliRunner.run("list", "--problems", BANK, "--difficulty", "insane");

        assertThat(style.exitCode()).isEqualTo(2);
        assertThat(style.err()).isEqualTo("judge: --style must be meta, amazon or pe, not 'google'\n");
        assertThat(difficulty.exitCode()).isEqualTo(2);
        assertThat(difficulty.err()).isEqualTo("judge: --difficulty must be easy, medium or hard, not 'insane'\n");
    }

    @Test
    void aFileWhereTheBankFolderBelongsIsNamedAsSuch(@TempDir Path folder) throws IOException {
        Path readme = Files.writeString(folder.resolve("README.md"), "# not a bank");

        CliRunner.Result result = CliRunner.run("list", "--problems", readme.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("judge: " + readme + ": a file, not a problem bank folder; pass "
                + "--problems DIR, the folder that holds one folder per problem\n");
    }

    @Test
    void listShowsEveryProblem() {
        CliRunner.Result result = CliRunner.run("list", "--problems", BANK);

        assertThat(result.exitCode()).isEqualTo(0);
        assertThat(result.out()).contains("pair-sum").contains("Pair Sum").contains("easy").contains("3 problems");
    }

    @Test
    void listFiltersByTagAndDifficulty() {
        assertThat(CliRunner.run("list", "--problems", BANK, "--tag", "concurrency").out())
                .contains("counter").doesNotContain("pair-sum");
        assertThat(CliRunner.run("list", "--problems", BANK, "--difficulty", "hard").out()).contains("0 problems");
    }

    @Test
    void showPrintsTheStatement() {
        CliRunner.Result result = CliRunner.run("show", "pair-sum", "--problems", BANK);

        assertThat(result.out()).startsWith("# Pair Sum");
    }

    @Test
    void verifyOnTheFixtureBankIsAllAsExpected() {
        CliRunner.Result result = CliRunner.run("verify", "--problems", BANK);

        assertThat(result.exitCode()).as(result.out()).isEqualTo(0);
        assertThat(result.out()).contains("Verified 3 problems: 3/3 accepted solutions passed, 2/2 wrong solutions "
                + "killed, 1/1 slow solutions timed out, 2/2 starters compile and fail, 2/2 wrong solutions have a BUG.md and "
                + "2/2 compile as handed out. All as expected.");
    }

    @Test
    void doctorReportsSandboxLayers() {
        CliRunner.Result result = CliRunner.run("doctor", "--problems", BANK);

        assertThat(result.out()).contains("JVM sandbox: active").contains("bubblewrap:").contains("prlimit:")
                .contains("3 valid packages");
    }

    @Test
    void modelAnswerUnlocksOnlyAfterAnAcceptedSubmit(@TempDir Path submissions) {
        CliRunner.Result locked = CliRunner.run("show", "pair-sum", "--solution", "--problems", BANK,
                "--submissions", submissions.toString());
        CliRunner.Result forced = CliRunner.run("show", "pair-sum", "--solution", "--force", "--problems", BANK,
                "--submissions", submissions.toString());
        CliRunner.run("submit", "pair-sum", SOLUTIONS.resolve("accepted/hash-map").toString(), "--problems", BANK,
                "--submissions", submissions.toString());
        CliRunner.Result unlocked = CliRunner.run("show", "pair-sum", "--solution", "--problems", BANK,
                "--submissions", submissions.toString());

        assertThat(locked.exitCode()).isEqualTo(2);
        assertThat(locked.err()).contains("unlocks after an ACCEPTED `judge submit pair-sum`");
        assertThat(forced.out()).contains("indexByValue");
        assertThat(unlocked.exitCode()).isEqualTo(0);
        assertThat(unlocked.out()).contains("indexByValue");
        assertThat(CliRunner.run("list", "--unsolved", "--problems", BANK, "--submissions", submissions.toString()).out())
                .contains("counter").doesNotContain("pair-sum");
    }

    @Test
    void newScaffoldsAPackageThatPassesVerify(@TempDir Path bank) {
        CliRunner.Result created = CliRunner.run("new", "sum-of-array", "--problems", bank.toString());
        CliRunner.Result verified = CliRunner.run("verify", "sum-of-array", "--problems", bank.toString());

        assertThat(created.exitCode()).isEqualTo(0);
        assertThat(created.out()).contains("Created " + bank.resolve("sum-of-array"));
        assertThat(verified.exitCode()).as(verified.out()).isEqualTo(0);
        assertThat(verified.out()).contains("Verified 1 problem: 1/1 accepted solutions passed, 1/1 wrong solutions "
                + "killed, 0/0 slow solutions timed out, 1/1 starters compile and fail, 1/1 wrong solutions have a BUG.md and "
                + "1/1 compile as handed out. All as expected.");
        assertThat(dev.drilljudge.problem.ProblemLoader.load(bank.resolve("sum-of-array")).inputs()
                .spec("numbers").orElseThrow().nonNull()).as("the scaffold states its inputs").isTrue();
        assertThat(CliRunner.run("new", "sum-of-array", "--problems", bank.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("new", "Not_Kebab", "--problems", bank.toString()).err())
                .contains("'Not_Kebab' is not a valid problem id; use kebab-case");
    }

    @Test
    void solutionAndTestsMayLiveInNamedPackages() {
        Path answer = TestBanks.projectRoot().resolve(
                "src/test/resources/bank/packaged-adder/solutions/accepted/plain/com/example/calc/Adder.java");

        CliRunner.Result result = CliRunner.run("submit", "packaged-adder", answer.toString(), "--problems", BANK,
                "--submissions", workspace.toString());

        assertThat(result.exitCode()).as(result.out()).isEqualTo(0);
        assertThat(result.out()).startsWith("ACCEPTED (2/2 tests passed)");
    }
}
