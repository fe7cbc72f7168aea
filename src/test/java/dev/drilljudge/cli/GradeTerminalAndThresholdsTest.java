package dev.drilljudge.cli;

import dev.drilljudge.app.BatchGrader;
import dev.drilljudge.app.ReadabilityChecks;
import dev.drilljudge.app.SubmissionEvaluator;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import dev.drilljudge.worker.protocol.TestOutcome;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `judge grade` through the real root command, with a judge that runs no worker (the verdicts are given, the
 * readability analysis and the scoring are the real ones): colour only on a terminal without NO_COLOR, in the
 * progress display and the text summary alike, and the exit code at the exact --fail-under-meta and
 * --fail-under-amazon boundaries.
 */
class GradeTerminalAndThresholdsTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path root;
    private Path bank;
    private Path submissions;

    @BeforeEach
    void tinyBankAndRepo() throws Exception {
        bank = root.resolve("bank");
        submissions = root.resolve("repo/submissions");
        TinyBank.write(bank);
        Files.createDirectories(submissions.resolve("add-two"));
        Files.createDirectories(submissions.resolve("max-of"));
        Files.writeString(submissions.resolve("add-two/Solution.java"), TinyBank.ADD_TWO_ACCEPTED);
        Files.writeString(submissions.resolve("max-of/Solution.java"), TinyBank.MAX_OF_WRONG);
    }

    @Test
    void onATerminalWithoutNoColorTheBarIsColouredTheControlForTheTestsBelow() {
        Graded graded = grade(Map.of(), true);

        assertThat(graded.terminal()).contains("Grading").contains("100%").contains(ESC + "[");
    }

    @Test
    void noColorOnATerminalDrawsTheBarWithoutOneEscapeSequence() {
        Graded graded = grade(Map.of("NO_COLOR", "1"), true);

        assertThat(graded.terminal()).contains("Grading").contains("100%").contains("2/2");
        assertThat(graded.terminal()).doesNotContain(ESC);
        assertThat(graded.run().out()).doesNotContain(ESC).contains("Graded 2 problems");
        assertThat(graded.run().err()).doesNotContain(ESC);
    }

    @Test
    void withoutATerminalProgressIsPlainLinesInTheLogAndNothingIsDrawn() {
        Graded graded = grade(Map.of(), false);

        assertThat(graded.terminal()).isEmpty();
        assertThat(graded.run().out()).doesNotContain(ESC).startsWith("""
                Grading 2 submissions
                [1/2] add-two: ACCEPTED (2/2 tests)
                [2/2] max-of: WRONG_ANSWER (1/2 tests)
                """);
        assertThat(graded.run().err()).isEmpty();
    }

    /**
     * add-two is ACCEPTED and untimed: Meta 100, Amazon 100. max-of passes 1 of 2 tests, not timed (docs/scoring.md):
     * Meta (40 x 50 + 15 x 0 + 20 x 50) / 75 = 40; Amazon capped at 50 because it is not ACCEPTED.
     */
    @ParameterizedTest(name = "{0} {1} on {2} -> exit {3}")
    @CsvSource({
            "--fail-under-meta, 100, add-two, 0",
            "--fail-under-meta, 40, max-of, 0",
            "--fail-under-meta, 41, max-of, 1",
            "--fail-under-amazon, 100, add-two, 0",
            "--fail-under-amazon, 50, max-of, 0",
            "--fail-under-amazon, 51, max-of, 1"})
    void aThresholdFailsTheJobOnlyBelowIt(String option, String bar, String problem, int exitCode) {
        CliRun run = run(Map.of(), false, "--only", problem, option, bar);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(exitCode);
        assertThat(run.out()).contains((exitCode == 0 ? "  pass  " : "  FAIL  ") + problem);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--fail-under-meta, 101", "--fail-under-amazon, -1"})
    void aThresholdOutsideZeroToOneHundredIsBadInputOnOneLine(String option, String bar) {
        CliRun run = run(Map.of(), false, option, bar);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("judge: " + option + " " + bar + ": give a score from 0 to 100\n");
        assertThat(run.out()).doesNotContain("Grading");
    }

    private record Graded(CliRun run, String terminal) {
    }

    /** Grades both problems; {@code terminal} is what was drawn on System.err, where the bar goes. */
    private Graded grade(Map<String, String> environment, boolean onTerminal) {
        PrintStream original = System.err;
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(drawn, true, StandardCharsets.UTF_8));
            CliRun run = run(environment, onTerminal);
            assertThat(run.exitCode()).as(run.err()).isZero();
            return new Graded(run, drawn.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private CliRun run(Map<String, String> environment, boolean onTerminal, String... options) {
        GradeCommand command = new GradeCommand(environment, () -> new GradeCommand.ManagedGrader(
                new BatchGrader(new SubmissionEvaluator(
                        (problem, sources, mode, stopAtFirstFailure, growth) -> givenVerdict(problem, sources, mode),
                        ReadabilityChecks.forGrading(), SubmissionEvaluator.STANDARD_SCORING, false), 1), () -> {
                }), onTerminal);
        String[] arguments = new String[5 + options.length];
        arguments[0] = "grade";
        arguments[1] = "--problems";
        arguments[2] = bank.toString();
        arguments[3] = "--submissions";
        arguments[4] = submissions.toString();
        System.arraycopy(options, 0, arguments, 5, options.length);
        return CliRun.run(command, arguments);
    }

    /** add-two passes both hidden tests; max-of fails the first and passes the edge test. */
    private static Judgement givenVerdict(ProblemPackage problem, List<SourceFile> submission, RunMode mode) {
        boolean accepted = problem.id().equals("add-two");
        List<TestResult> results = List.of(
                new TestResult(1, "T.basic", "basic", Set.of(), accepted ? TestStatus.PASSED : TestStatus.of(TestOutcome.WRONG_ANSWER),
                        3, accepted ? "" : "max of [9, 2, 3] ==> expected: <9> but was: <2>"),
                new TestResult(2, "T.edge", "edge", Set.of("edge"), TestStatus.PASSED, 3, ""));
        return new Judgement(problem.id(), mode, accepted ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER,
                accepted ? "ACCEPTED (2/2 tests passed)" : "WRONG_ANSWER on test 1 (basic)", results, List.of(),
                new Timings(1, 1, 2), "");
    }
}
