package dev.drilljudge.cli;

import dev.drilljudge.session.TestClock;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The debug drill end to end: start --debug, repro, submit --cause, on a copy of the fixture bank's pair-sum. */
class DebugDrillFlowTest {
    private static final String HANDED_OUT = """
            class Solution {
                public int[] twoSum(int[] numbers, int target) {
                    for (int index = 0; index + 1 < numbers.length; index++) {
                        if (numbers[index] + numbers[index + 1] == target) {
                            return new int[] {index, index + 1};
                        }
                    }
                    return new int[] {0, 1};
                }
            }
            """;

    @TempDir
    Path temp;
    private Path bank;
    private Path submissions;
    private TestClock clock;

    @BeforeEach
    void setUp() throws IOException {
        bank = temp.resolve("problems");
        submissions = temp.resolve("submissions");
        clock = new TestClock("2026-11-02T09:00:00Z");
        copyTree(TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum"), bank.resolve("pair-sum"));
        Files.writeString(bank.resolve("pair-sum/problem.yaml"), """
                inputs:
                  nums: {nonNull: true, minLength: 2}
                """, java.nio.file.StandardOpenOption.APPEND);
    }

    private String[] withBank(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--problems", bank.toString(), "--submissions",
                submissions.toString())).toArray(String[]::new);
    }

    @Test
    void startReproSubmit() throws IOException {
        CliRun started = CliRun.run(new StartCommand(clock), withBank("start", "pair-sum", "--debug", "--seed", "7"));
        Path work = submissions.resolve("pair-sum/Solution.java");

        assertThat(started.exitCode()).as(started.err()).isEqualTo(0);
        assertThat(started.out()).contains("Debug drill started: pair-sum (easy, seed 7), 10:00 on the clock.")
                .doesNotContain("first-pair-only").doesNotContain("first pair only");
        assertThat(Files.readString(work)).isEqualTo(HANDED_OUT);
        CliRun status = CliRun.run(new StatusCommand(clock), withBank("status"));
        assertThat(status.out()).contains("pair-sum").contains("debug").doesNotContain("first");

        CliRunner.Result differs = CliRunner.run(withBank("repro", "pair-sum", "[1, 5, 3], 4"));
        assertThat(differs.exitCode()).as(differs.err()).isEqualTo(1);
        assertThat(differs.out()).contains("Call        twoSum(nums = [1,5,3], target = 4)")
                .contains("Your code   returned [0,1]").contains("Model       returned [0,2]")
                .contains("DIFFERS from the model answer");
        CliRunner.Result outside = CliRunner.run(withBank("repro", "pair-sum", "[1], 4"));
        assertThat(outside.exitCode()).isEqualTo(0);
        assertThat(outside.out()).contains("Model       not consulted: the input is outside the problem's inputs "
                + "contract (nums has length 1, and the statement guarantees at least 2)");
        CliRunner.Result wrongType = CliRunner.run(withBank("repro", "pair-sum", "[1, 2], \"4\""));
        assertThat(wrongType.exitCode()).isEqualTo(2);
        assertThat(wrongType.err()).isEqualTo("judge: repro input: target must be a whole number in the int range, "
                + "not \"4\"\n");

        Files.writeString(work, HANDED_OUT.replace("""
                        for (int index = 0; index + 1 < numbers.length; index++) {
                            if (numbers[index] + numbers[index + 1] == target) {
                                return new int[] {index, index + 1};
                            }
                        }
                """, """
                        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
                        for (int index = 0; index < numbers.length; index++) {
                            Integer partner = seen.get(target - numbers[index]);
                            if (partner != null) {
                                return new int[] {partner, index};
                            }
                            seen.put(numbers[index], index);
                        }
                """));
        clock.advance(Duration.ofMinutes(4));
        CliRun submitted = CliRun.run(new SubmitCommand(clock), withBank("submit", "pair-sum", "--format", "json",
                "--cause", "only adjacent pairs were ever summed"));
        JsonNode json = JsonMapper.builder().build().readTree(submitted.out());

        assertThat(submitted.exitCode()).as(submitted.err()).isEqualTo(0);
        assertThat(json.get("verdict").stringValue()).isEqualTo("ACCEPTED");
        assertThat(json.get("scores").get("debug").toString()).isEqualTo("{\"total\":100,\"velocity\":100,"
                + "\"fixPrecision\":100,\"diffLines\":6,\"seededDiffLines\":13,\"causeStated\":true,\"rewrite\":false}");
        assertThat(json.get("scores").get("overall").intValue()).isEqualTo(100);
        assertThat(json.get("debrief").get("debug").stringValue()).isEqualTo("Debug: a surgical fix — fixed in 4:00 "
                + "of 10:00 with 6 changed lines (the seeded bug is 13 lines). Your cause: \"only adjacent pairs were "
                + "ever summed\". Seeded bug: first pair only — Only adjacent pairs are tried "
                + "(`numbers[index] + numbers[index + 1]`), and `{0, 1}` is returned when none adds up. Exposed by "
                + "`[1, 5, 3], 4`: the answer is `[0, 2]`, it returns `[0, 1]`.");

        CliRunner.Result report = CliRunner.run(withBank("report"));
        assertThat(report.out()).contains("Debug drills: 1 bug fixed, 1 by a fix, 0 by a rewrite")
                .contains("fixed in 4:00 of 10:00   6 changed lines (seeded 13)  fix      Debug 100");
        assertThat(Files.readString(submissions.resolve(".judge/history.jsonl")))
                .contains("\"seededBug\":\"first-pair-only\"")
                .contains("\"cause\":\"only adjacent pairs were ever summed\"");
    }

    @Test
    void debugDrillPicksAProblemNotDebuggedYet() {
        CliRun first = CliRun.run(new DebugDrillCommand(clock), withBank("debug-drill", "--seed", "3"));
        CliRun second = CliRun.run(new DebugDrillCommand(clock), withBank("debug-drill", "--seed", "3"));

        assertThat(first.exitCode()).as(first.err()).isEqualTo(0);
        assertThat(first.out()).startsWith("Debug drill started: pair-sum (easy, seed 3), 10:00 on the clock.");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).isEqualTo("judge: no problem left to debug: you have debugged all 1; run "
                + "`judge start <id> --debug` to debug one again\n");
    }

    @Test
    void theSameSeedNeverHandsOutTheSameBugTwiceInARow() throws IOException {
        copyTree(bank.resolve("pair-sum/solutions/wrong/first-pair-only"),
                bank.resolve("pair-sum/solutions/wrong/zero-one-default"));
        Files.writeString(bank.resolve("pair-sum/solutions/wrong/zero-one-default/Solution.java"),
                HANDED_OUT.replace("index + 1 < numbers.length", "index + 2 < numbers.length"));
        Path work = submissions.resolve("pair-sum/Solution.java");

        CliRun.run(new StartCommand(clock), withBank("start", "pair-sum", "--debug", "--seed", "7"));
        String first = Files.readString(work);
        CliRun again = CliRun.run(new StartCommand(clock), withBank("start", "pair-sum", "--debug", "--seed", "7",
                "--force"));
        String second = Files.readString(work);

        assertThat(again.exitCode()).as(again.err()).isEqualTo(0);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aDesignProblemIsOutOfReprosScopeWithOneLine() throws IOException {
        Files.writeString(bank.resolve("pair-sum/starter/Solution.java"), """
                class Solution {
                    public Solution(int capacity) {
                    }

                    public int get(int key) {
                        return -1;
                    }

                    public void put(int key, int value) {
                    }
                }
                """);

        CliRunner.Result result = CliRunner.run(withBank("repro", "pair-sum", "1"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("judge: judge repro runs one method call, and pair-sum is out of its "
                + "scope: it is a design problem (Solution with 2 public methods and constructor arguments), not one "
                + "method call; drive it from a test with `judge run`\n");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.sorted().toList();
        }
        for (Path source : paths) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.copy(source, target);
            }
        }
    }
}
