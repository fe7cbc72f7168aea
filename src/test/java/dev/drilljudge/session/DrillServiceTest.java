package dev.drilljudge.session;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.scoring.AttemptCount;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.compileError;
import static dev.drilljudge.scoring.TestJudgements.hidden;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.sample;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrillServiceTest {
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path temp;
    private Path submissions;
    private TestClock clock;
    private DrillService service;
    private ProblemPackage twoSum;

    @BeforeEach
    void setUp() {
        submissions = temp.resolve("submissions");
        clock = new TestClock(START.toString());
        service = new DrillService(submissions, clock);
        twoSum = TestProblems.write(temp.resolve("problems"), "two-sum", Difficulty.EASY, 25, "arrays", "meta");
    }

    @Test
    void startCopiesTheStarterAndOpensADrillOnTheProblemsTarget() throws IOException {
        Drill drill = service.start(twoSum, null, Style.META, false);

        assertThat(drill.targetSeconds()).isEqualTo(1500);
        assertThat(drill.startedAt()).isEqualTo(START);
        assertThat(Files.readString(submissions.resolve("two-sum/Solution.java"))).contains("return 0;");
        assertThat(service.view().state().openDrills()).containsExactly(drill);
        try (var stateFiles = Files.list(submissions.resolve(".judge"))) {
            // written through a temporary file that was renamed over drills.json: nothing left behind
            assertThat(stateFiles.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("drills.json", "history.jsonl");
        }
    }

    @Test
    void minutesOverrideTheTarget() {
        assertThat(service.start(twoSum, 10, Style.BOTH, false).targetSeconds()).isEqualTo(600);
        assertThatThrownBy(() -> service.start(twoSum, 0, Style.BOTH, true))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--minutes must be a positive number of minutes, not 0");
    }

    @Test
    void timedAcceptedSubmitIsScoredOnTheInjectedClockAndClosesTheDrill() {
        service.start(twoSum, null, Style.META, false);
        clock.at(START, 18, 20);

        RecordedAttempt recorded = service.record(twoSum, accepted("two-sum", 15, 2), readability(90, 90, 80, 90, 90));

        assertThat(recorded.count()).isEqualTo(AttemptCount.ACCEPTED);
        assertThat(recorded.scorecard().meta()).isEqualTo(new MetaScore(100, 100, 100, 100, 100, 1100L, 1500, 0));
        assertThat(recorded.scorecard().debrief().meta())
                .isEqualTo("Meta: strong signal — solved in 18:20 of 25:00, first submit, 2 of 2 perf tests pass.");
        assertThat(service.view().state().openDrills()).isEmpty();
        HistoryLog log = service.history();
        assertThat(log.skipped()).isEmpty();
        assertThat(log.events()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("DrillStarted", "AttemptRecorded", "DrillClosed");
        assertThat(log.timingFor("two-sum")).contains(new HistoryTiming(1100, 1500, 0));
    }

    @Test
    void rejectedAttemptsCountButCompileAndJudgeErrorsDoNot() {
        service.start(twoSum, null, Style.META, false);
        clock.at(START, 5, 0);
        assertThat(service.record(twoSum, compileError("two-sum"), null).count()).isEqualTo(AttemptCount.NOT_COUNTED);
        clock.at(START, 8, 0);
        assertThat(service.record(twoSum, hidden("two-sum", Verdict.JUDGE_ERROR, 0, 0, 0, 0, 0, 0), null).count())
                .isEqualTo(AttemptCount.NOT_COUNTED);
        clock.at(START, 10, 0);
        RecordedAttempt wrongOne = service.record(twoSum, wrong("two-sum", 12, 15), readability(90, 90, 80, 90, 90));
        assertThat(wrongOne.count()).isEqualTo(AttemptCount.REJECTED);
        assertThat(wrongOne.scorecard().meta().rejectedAttempts()).isEqualTo(1);
        assertThat(service.record(twoSum, sample("two-sum"), null).count()).isNull(); // `judge run` never counts

        clock.at(START, 27, 30);
        RecordedAttempt done = service.record(twoSum, accepted("two-sum", 15, 2), readability(90, 90, 80, 90, 90));

        // 27:30 + one 5:00 penalty = 32:30 against 25:00: velocity 70; the worked example in docs/scoring.md.
        assertThat(done.scorecard().meta()).isEqualTo(new MetaScore(89, 100, 70, 75, 100, 1650L, 1500, 1));
        assertThat(done.drill().attempts()).extracting(Attempt::count).containsExactly(AttemptCount.NOT_COUNTED,
                AttemptCount.NOT_COUNTED, AttemptCount.REJECTED, AttemptCount.ACCEPTED);
        assertThat(service.history().attempts()).hasSize(4); // the sample run left no line
    }

    @Test
    void onlyTheFirstAcceptedClosesTheDrillAndALaterSubmitIsNotTimed() {
        service.start(twoSum, null, Style.BOTH, false);
        clock.at(START, 12, 0);
        service.record(twoSum, accepted("two-sum", 15, 2), readability(90, 90, 80, 90, 90));
        clock.at(START, 20, 0);

        RecordedAttempt again = service.record(twoSum, accepted("two-sum", 15, 2), readability(90, 90, 80, 90, 90));

        assertThat(again.drill()).isNull();
        assertThat(again.scorecard().meta().velocity()).isNull();
        assertThat(again.scorecard().meta().elapsedSeconds()).isNull();
        assertThat(again.scorecard().debrief().meta()).contains("not timed");
        assertThat(service.history().attempts().get(1).drill()).isNull();
    }

    @Test
    void startRefusesToOverwriteWorkUnlessForcedAndForceKeepsTheOldFolder() throws IOException {
        Path work = submissions.resolve("two-sum");
        Files.createDirectories(work);
        Files.writeString(work.resolve("Solution.java"), "class Solution { /* mine */ }");

        assertThatThrownBy(() -> service.start(twoSum, null, Style.BOTH, false))
                .isInstanceOf(BadInputException.class)
                .hasMessage(work + " already holds your work; re-run with --force to start over (the old folder "
                        + "is moved to " + submissions.resolve(".judge/replaced") + ")");
        assertThat(Files.exists(submissions.resolve(".judge/history.jsonl"))).isFalse();

        service.start(twoSum, null, Style.BOTH, true);

        assertThat(Files.readString(work.resolve("Solution.java"))).contains("return 0;");
        assertThat(Files.readString(submissions.resolve(".judge/replaced/two-sum-20261102-090000/Solution.java")))
                .isEqualTo("class Solution { /* mine */ }");
    }

    @Test
    void restartingAnOpenDrillAbandonsIt() {
        service.start(twoSum, null, Style.BOTH, false);
        clock.at(START, 3, 0);

        service.start(twoSum, null, Style.BOTH, true);

        List<HistoryEvent.DrillClosed> closed = service.history().closedDrills();
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).outcome()).isEqualTo(DrillOutcome.ABANDONED);
        assertThat(closed.get(0).elapsedSeconds()).isEqualTo(180);
        assertThat(service.view().state().openDrills()).singleElement()
                .extracting(Drill::startedAt).isEqualTo(START.plusSeconds(180));
    }

    @Test
    void aProblemInTheOpenMockRoundCannotBeDrilledSeparately() {
        ProblemPackage merge = TestProblems.write(temp.resolve("problems"), "merge-intervals", Difficulty.MEDIUM, 25);
        service.startRound(Style.AMAZON, List.of(new MockRoundPlanner.PlannedProblem(merge, 2700)), 1, false);

        assertThatThrownBy(() -> service.start(merge, null, Style.BOTH, true))
                .isInstanceOf(BadInputException.class)
                .hasMessage("merge-intervals is part of the open mock round; submit it there "
                        + "(`judge status` shows the round clock)");
        assertThat(service.start(twoSum, null, Style.BOTH, false).round()).isNull();
        assertThat(service.view().state().openDrills()).extracting(Drill::problem)
                .containsExactly("merge-intervals", "two-sum");
    }

    @Test
    void corruptStateFileIsABadInputNamingTheFile() throws IOException {
        Files.createDirectories(submissions.resolve(".judge"));
        Files.writeString(submissions.resolve(".judge/drills.json"), "{\"drills\": [");

        assertThatThrownBy(() -> service.view())
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(submissions.resolve(".judge/drills.json") + ": not a valid drill state (")
                .hasMessageEndingWith("); delete it to reset the open drills (history.jsonl keeps your record)");
    }
}
