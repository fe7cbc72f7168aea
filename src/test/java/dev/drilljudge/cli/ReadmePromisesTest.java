package dev.drilljudge.cli;

import tools.jackson.databind.JsonNode;
import dev.drilljudge.report.submission.JsonReport;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README promises that had no test, each through the real command line on a private copy of the fixture bank
 * (so a test can change a problem without touching another test's).
 */
class ReadmePromisesTest {
    @TempDir
    Path temp;
    private Path bank;
    private Path submissions;

    @BeforeEach
    void copyTheFixtureBank() {
        bank = temp.resolve("problems");
        submissions = temp.resolve("submissions");
        copyTree(TestBanks.projectRoot().resolve("src/test/resources/bank"), bank);
    }

    @Test
    void listByStyleShowsOnlyThatStyle() {
        CliRunner.Result meta = CliRunner.run("list", "--style", "meta", "--problems", bank.toString());
        CliRunner.Result pe = CliRunner.run("list", "--style", "pe", "--problems", bank.toString());

        assertThat(meta.exitCode()).isZero();
        assertThat(meta.out().lines().skip(1).map(line -> line.split(" ")[0]).toList())
                .containsExactly("packaged-adder", "pair-sum", "2");
        assertThat(pe.out().lines().skip(1).map(line -> line.split(" ")[0]).toList())
                .containsExactly("counter", "1");
    }

    @Test
    void anOrdinaryExceptionIsARuntimeErrorNamingTheExceptionAndTheCandidatesLine() throws IOException {
        Path answer = answer("""
                class Solution {
                    public int[] twoSum(int[] numbers, int target) {
                        int[] none = new int[0];
                        return new int[] {none[target], 0};
                    }
                }
                """);

        CliRunner.Result result = submit(answer, "--format", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode json = JsonReport.mapper().readTree(result.out());
        assertThat(json.path("verdict").asString()).isEqualTo("RUNTIME_ERROR");
        assertThat(json.path("headline").asString()).isEqualTo("RUNTIME_ERROR on test 1 (example 1)");
        assertThat(json.path("results").get(0).path("message").asString()).isEqualTo(
                "java.lang.ArrayIndexOutOfBoundsException: Index 9 out of bounds for length 0 at Solution.java:4");
    }

    @Test
    void printingPastTheOutputLimitIsOutputLimitExceededAndTheOutputIsTruncatedAtTheLimit() throws IOException {
        Path answer = answer("""
                class Solution {
                    public int[] twoSum(int[] numbers, int target) {
                        for (int line = 0; line < 5000; line++) {
                            System.out.println("debugging line " + line);
                        }
                        return new int[] {0, 1};
                    }
                }
                """);

        CliRunner.Result result = submit(answer, "--format", "json");

        JsonNode json = JsonReport.mapper().readTree(result.out());
        assertThat(json.path("verdict").asString()).isEqualTo("OUTPUT_LIMIT_EXCEEDED");
        assertThat(json.path("headline").asString()).isEqualTo("OUTPUT_LIMIT_EXCEEDED on test 1 (example 1)");
        String output = json.path("output").asString();
        assertThat(output).startsWith("debugging line 0\n");
        assertThat(output.length()).isLessThanOrEqualTo(16 * 1024 + 200);
        assertThat(output).doesNotContain("debugging line 4999");
    }

    @Test
    void runWithJsonHasNoReadabilityScoresOrDebrief() throws IOException {
        Path answer = TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum/solutions/accepted/hash-map");

        CliRunner.Result result = CliRunner.run("run", "pair-sum", answer.toString(), "--problems", bank.toString(),
                "--submissions", submissions.toString(), "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode json = JsonReport.mapper().readTree(result.out());
        assertThat(json.path("mode").asString()).isEqualTo("sample");
        assertThat(json.path("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(json.has("readability")).isFalse();
        assertThat(json.has("scores")).isFalse();
        assertThat(json.has("debrief")).isFalse();
    }

    @Test
    void aProblemWithNoTestsToRunIsAJudgeErrorWithExitThree() throws IOException {
        Path hidden = bank.resolve("pair-sum/tests/hidden/PairSumHiddenTest.java");
        Files.writeString(hidden, "class PairSumHiddenTest {\n}\n");
        Path answer = TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum/solutions/accepted/hash-map");

        CliRunner.Result result = submit(answer);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).startsWith("JUDGE_ERROR");
    }

    @Test
    void verifyFailsWithExitOneAndSaysWhichWrongSolutionPassed() throws IOException {
        Path wrong = bank.resolve("pair-sum/solutions/wrong/first-pair-only/Solution.java");
        Files.copy(bank.resolve("pair-sum/solutions/accepted/hash-map/Solution.java"), wrong,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRunner.Result result = CliRunner.run("verify", "pair-sum", "--problems", bank.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                ✗ pair-sum: 1 accepted, 0/1 wrong killed, 1/1 slow timed out, 1/1 BUG.md; allows the default APIs
                    wrong first-pair-only: got ACCEPTED (3/3 tests passed); should be rejected by a hidden test
                Verified 1 problem: 1/1 accepted solutions passed, 0/1 wrong solutions killed, \
                1/1 slow solutions timed out, 1/1 starters compile and fail, \
                1/1 wrong solutions have a BUG.md and 1/1 compile as handed out. NOT as expected.
                """);
    }

    @Test
    void startCompilesTheTestsSoTheFirstSubmitReusesThem() throws IOException {
        // A comment unique to this run makes the hidden tests' cache key new, so only `start` can have compiled them.
        Path hidden = bank.resolve("pair-sum/tests/hidden/PairSumHiddenTest.java");
        Files.writeString(hidden, Files.readString(hidden) + "// " + UUID.randomUUID() + "\n");
        Path answer = TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum/solutions/accepted/hash-map");

        CliRunner.Result withoutStart = submit(answer, "--format", "json");
        Files.writeString(hidden, Files.readString(hidden) + "// " + UUID.randomUUID() + "\n");
        CliRunner.Result started = CliRunner.run("start", "pair-sum", "--problems", bank.toString(),
                "--submissions", submissions.toString(), "--force");
        CliRunner.Result afterStart = submit(answer, "--format", "json");

        assertThat(JsonReport.mapper().readTree(withoutStart.out()).path("timings").path("testsReused").asBoolean())
                .isFalse();
        assertThat(started.exitCode()).isZero();
        assertThat(JsonReport.mapper().readTree(afterStart.out()).path("timings").path("testsReused").asBoolean())
                .isTrue();
    }

    private CliRunner.Result submit(Path answer, String... extra) {
        String[] base = {"submit", "pair-sum", answer.toString(), "--problems", bank.toString(),
                "--submissions", submissions.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRunner.run(args);
    }

    private Path answer(String source) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("answer-" + UUID.randomUUID()));
        Files.writeString(folder.resolve("Solution.java"), source);
        return folder;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
