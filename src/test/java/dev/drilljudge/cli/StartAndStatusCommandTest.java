package dev.drilljudge.cli;

import dev.drilljudge.app.SubmissionRecorder;
import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.session.TestClock;
import dev.drilljudge.session.TestProblems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;

class StartAndStatusCommandTest {
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path temp;
    private Path bank;
    private Path submissions;
    private TestClock clock;
    private ProblemPackage twoSum;

    @BeforeEach
    void setUp() {
        bank = temp.resolve("problems");
        submissions = temp.resolve("submissions");
        clock = new TestClock(START.toString());
        twoSum = TestProblems.write(bank, "two-sum", Difficulty.EASY, 15, "arrays", "meta");
    }

    private CliRun start(String... extra) {
        String[] args = new String[4 + extra.length + 2];
        args[0] = "start";
        args[1] = "two-sum";
        args[2] = "--problems";
        args[3] = bank.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        args[args.length - 2] = "--submissions";
        args[args.length - 1] = submissions.toString();
        return CliRun.run(new StartCommand(clock), args);
    }

    private CliRun status() {
        return CliRun.run(new StatusCommand(clock), "status", "--submissions", submissions.toString());
    }

    @Test
    void startCopiesTheStarterAndStatusShowsTheClock() throws Exception {
        CliRun started = start("--minutes", "20", "--style", "meta");

        assertThat(started.exitCode()).isZero();
        assertThat(started.out()).isEqualTo("Drill started: two-sum (easy, meta), 20:00 on the clock.\n"
                + "Your code: " + submissions.resolve("two-sum") + "  ·  the statement: judge show two-sum\n"
                + "`judge submit two-sum` counts an attempt (a compile error does not); `judge status` shows the clock.\n");
        assertThat(Files.readString(submissions.resolve("two-sum/Solution.java"))).contains("return 0;");

        clock.at(START, 7, 30);
        assertThat(status().out()).isEqualTo(
                "two-sum                  meta   7:30 elapsed of 20:00, 12:30 remaining, 0 attempts (0 rejected)\n");

        clock.at(START, 12, 0);
        new SubmissionRecorder(submissions, clock).record(twoSum, wrong("two-sum", 9, 10), readability(80, 80, 80, 80, 80));
        clock.at(START, 21, 5);
        CliRun later = status();
        assertThat(later.exitCode()).isZero();
        assertThat(later.out()).isEqualTo(
                "two-sum                  meta   21:05 elapsed of 20:00, 1:05 over, 1 attempt (1 rejected)\n");
    }

    @Test
    void startRefusesExistingWorkWithOneLineAndExitTwoUntilForced() throws Exception {
        assertThat(start().exitCode()).isZero();
        Files.writeString(submissions.resolve("two-sum/Solution.java"), "class Solution { int answer() { return 42; } }");

        CliRun refused = start();

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("judge: " + submissions.resolve("two-sum") + " already holds your work; "
                + "re-run with --force to start over (the old folder is moved to "
                + submissions.resolve(".judge/replaced") + ")\n");
        assertThat(Files.readString(submissions.resolve("two-sum/Solution.java"))).contains("return 42;");

        clock.at(START, 1, 0);
        CliRun forced = start("--force");

        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(submissions.resolve("two-sum/Solution.java"))).contains("return 0;");
        assertThat(Files.readString(submissions.resolve(".judge/replaced/two-sum-20261102-090100/Solution.java")))
                .contains("return 42;");
        assertThat(status().out()).startsWith("two-sum                  both   0:00 elapsed of 15:00, 15:00 remaining");
    }

    @Test
    void badStyleAndUnknownProblemAreOneLineErrors() {
        CliRun badStyle = start("--style", "google");
        assertThat(badStyle.exitCode()).isEqualTo(2);
        assertThat(badStyle.err()).isEqualTo("judge: --style must be meta, amazon or both, not 'google'\n");

        CliRun unknown = CliRun.run(new StartCommand(clock), "start", "nope", "--problems", bank.toString(),
                "--submissions", submissions.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("judge: unknown problem 'nope' in ").doesNotContain("\tat ");
    }

    @Test
    void statusWithNothingOpenSaysHowToStart() {
        CliRun empty = status();

        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out()).isEqualTo("No open drill. Start one with `judge start <id>` or a mock round with "
                + "`judge mock --style meta`.\n");
    }
}
