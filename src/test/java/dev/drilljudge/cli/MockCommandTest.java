package dev.drilljudge.cli;

import dev.drilljudge.app.SubmissionRecorder;
import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.session.RecordedAttempt;
import dev.drilljudge.session.TestClock;
import dev.drilljudge.session.TestProblems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static org.assertj.core.api.Assertions.assertThat;

class MockCommandTest {
    private static final Instant START = Instant.parse("2026-11-03T18:00:00Z");

    @TempDir
    Path temp;
    private Path bank;
    private Path submissions;
    private TestClock clock;
    private ProblemPackage mediumArray;
    private ProblemPackage hardGraph;

    @BeforeEach
    void setUp() {
        bank = temp.resolve("problems");
        submissions = temp.resolve("submissions");
        clock = new TestClock(START.toString());
        TestProblems.write(bank, "easy-one", Difficulty.EASY, 15, "meta");
        hardGraph = TestProblems.write(bank, "hard-graph", Difficulty.HARD, 35, "meta");
        mediumArray = TestProblems.write(bank, "medium-array", Difficulty.MEDIUM, 25, "meta");
        TestProblems.write(bank, "medium-logs", Difficulty.MEDIUM, 25, "amazon");
    }

    private CliRun mock(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "mock";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--problems";
        args[options.length + 2] = bank.toString();
        args[options.length + 3] = "--submissions";
        args[options.length + 4] = submissions.toString();
        return CliRun.run(new MockCommand(clock), args);
    }

    @Test
    void aMetaRoundStartsThenShowsItselfThenSummarisesWhenDone() {
        CliRun started = mock("--style", "meta", "--seed", "7");

        assertThat(started.exitCode()).isZero();
        assertThat(started.out()).isEqualTo("Mock round started (meta, seed 7): 45:00 on the clock.\n"
                + "  1. medium-array             medium due at 22:30  " + submissions.resolve("medium-array") + "\n"
                + "  2. hard-graph               hard   due at 45:00  " + submissions.resolve("hard-graph") + "\n"
                + "Write as if in a plain shared document: here a COMPILE_ERROR counts as a rejected attempt.\n"
                + "Submit each with `judge submit <id>`; `judge status` shows the round clock.\n");
        assertThat(Files.exists(submissions.resolve("hard-graph/Solution.java"))).isTrue();

        clock.at(START, 15, 0);
        SubmissionRecorder recorder = new SubmissionRecorder(submissions, clock);
        recorder.record(mediumArray, accepted("medium-array", 12, 1), readability(90, 90, 90, 90, 90));
        clock.at(START, 20, 0);

        CliRun again = mock("--style", "amazon");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("A mock round is already open; finish it before starting another.\n"
                + "Mock round (meta, seed 7): 20:00 elapsed, 25:00 left of 45:00\n"
                + "  medium-array             accepted at 15:00, 1 attempt (0 rejected)\n"
                + "  hard-graph               meta   20:00 elapsed of 45:00, 25:00 remaining, 0 attempts (0 rejected)\n");

        clock.at(START, 40, 0);
        RecordedAttempt last = recorder.recordAttempt(hardGraph, accepted("hard-graph", 12, 1),
                readability(90, 90, 90, 90, 90));
        assertThat(last.roundSummary()).isNotNull();

        CliRun summary = mock("--last");

        assertThat(summary.exitCode()).isZero();
        // Both accepted first time within their targets: Meta 100 each; Amazon (40*90 + 30*90 + 30*100) = 93
        assertThat(summary.out()).isEqualTo(
                "Mock round (meta, seed 7) complete: 2 of 2 solved, 40:00 of 45:00 used\n"
                        + "  medium-array             solved at 15:00 (due 22:30), 1 attempt, 0 rejected  Meta 100  Amazon 93\n"
                        + "    Meta: strong signal — solved in 15:00 of 22:30, first submit, 1 of 1 perf tests pass.\n"
                        + "    Amazon: meets the bar (Insist on the Highest Standards) — readability 90/100; no findings.\n"
                        + "  hard-graph               solved at 40:00 (due 45:00), 1 attempt, 0 rejected  Meta 100  Amazon 93\n"
                        + "    Meta: strong signal — solved in 40:00 of 45:00, first submit, 1 of 1 perf tests pass.\n"
                        + "    Amazon: meets the bar (Insist on the Highest Standards) — readability 90/100; no findings.\n"
                        + "Round    Meta 100  Amazon 93  Overall 100\n"
                        + "Meta: strong signal — 2 of 2 solved in 40:00 of 45:00; medium-array at 15:00, hard-graph at "
                        + "40:00; no rejected submits; Meta score 100.\n"
                        + "Amazon: meets the bar (Insist on the Highest Standards) — medium-array readability 90, edge "
                        + "cases 90; hard-graph readability 90, edge cases 90; Amazon score 93.\n");
        assertThat(mock("--style", "amazon", "--seed", "1").out())
                .startsWith("Mock round started (amazon, seed 1): 45:00 on the clock.\n  1. medium-logs ");
    }

    @Test
    void aRoundThatRanOutIsSummarisedOnTheNextLook() {
        mock("--style", "amazon", "--seed", "3");
        clock.at(START, 45, 0);

        CliRun after = mock("--style", "meta", "--seed", "4");

        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).startsWith("Mock round (amazon, seed 3) ran out of time: 0 of 1 solved, 45:00 of 45:00 used\n"
                + "  medium-logs              not submitted, 0 attempts, 0 rejected\n");
        assertThat(after.out()).contains("\nMock round started (meta, seed 4): 45:00 on the clock.\n");
    }

    @Test
    void startingWithoutAStyleOrWithBothIsABadInput() {
        CliRun noStyle = mock();
        assertThat(noStyle.exitCode()).isEqualTo(2);
        assertThat(noStyle.err()).isEqualTo("judge: judge mock needs --style meta or --style amazon to start a round\n");

        CliRun both = mock("--style", "both");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("judge: --style must be meta or amazon for a mock round, not 'both'\n");

        assertThat(mock("--last").out()).isEqualTo("No mock round has finished yet.\n");
    }
}
