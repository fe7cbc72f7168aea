package dev.drilljudge.session;

import dev.drilljudge.BadInputException;
import dev.drilljudge.app.SubmissionRecorder;
import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.scoring.AttemptCount;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.RoundProblem;
import dev.drilljudge.scoring.Style;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.compileError;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A whole mock round through the same recorder `judge submit` uses, with synthetic judgements. */
class MockRoundFlowTest {
    private static final Instant START = Instant.parse("2026-11-03T18:00:00Z");
    private static final Readability GOOD = readability(90, 90, 80, 90, 85);

    @TempDir
    Path temp;
    private TestClock clock;
    private Path submissions;
    private DrillService service;
    private SubmissionRecorder recorder;
    private List<ProblemPackage> bank;

    @BeforeEach
    void setUp() {
        clock = new TestClock(START.toString());
        submissions = temp.resolve("submissions");
        service = new DrillService(submissions, clock);
        recorder = new SubmissionRecorder(submissions, clock);
        Path problems = temp.resolve("problems");
        bank = List.of(
                TestProblems.write(problems, "easy-one", Difficulty.EASY, 15, "meta"),
                TestProblems.write(problems, "hard-graph", Difficulty.HARD, 35, "meta"),
                TestProblems.write(problems, "medium-array", Difficulty.MEDIUM, 25, "meta"),
                TestProblems.write(problems, "medium-logs", Difficulty.MEDIUM, 25, "amazon"));
    }

    private ProblemPackage problem(String id) {
        return bank.stream().filter(problem -> problem.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void metaPlanIsAMediumThenAMediumOrHardPreferringMetaProblemsAndIsReproducible() {
        for (long seed = 0; seed < 20; seed++) {
            List<MockRoundPlanner.PlannedProblem> plan = MockRoundPlanner.plan(Style.META, bank, seed, "bank");
            assertThat(plan).hasSize(2);
            assertThat(plan.get(0).problem().id()).isEqualTo("medium-array"); // the only meta-tagged medium
            assertThat(plan.get(1).problem().id()).isIn("hard-graph", "medium-logs");
            assertThat(plan).extracting(MockRoundPlanner.PlannedProblem::targetSeconds).containsExactly(1350L, 2700L);
            assertThat(MockRoundPlanner.plan(Style.META, bank, seed, "bank")).isEqualTo(plan);
        }
        assertThat(MockRoundPlanner.plan(Style.AMAZON, bank, 3, "bank"))
                .extracting(planned -> planned.problem().id()).containsExactly("medium-logs");
        assertThatThrownBy(() -> MockRoundPlanner.plan(Style.META, List.of(problem("easy-one")), 1, "problems/"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("the problem bank problems/ has no medium problem for the first half of a Meta round; "
                        + "add one or point --problems at a fuller bank");
    }

    @Test
    void metaRoundCountsCompileErrorsAndEndsWithASummaryWhenBothAreSolved() {
        List<MockRoundPlanner.PlannedProblem> plan = List.of(
                new MockRoundPlanner.PlannedProblem(problem("medium-array"), 1350),
                new MockRoundPlanner.PlannedProblem(problem("hard-graph"), 2700));
        MockRound round = service.startRound(Style.META, plan, 7, false);
        assertThat(Files.exists(submissions.resolve("medium-array/Solution.java"))).isTrue();
        assertThat(Files.exists(submissions.resolve("hard-graph/Solution.java"))).isTrue();
        assertThatThrownBy(() -> service.startRound(Style.META, plan, 8, true)).isInstanceOf(BadInputException.class);

        clock.at(START, 5, 0);
        RecordedAttempt syntax = recorder.recordAttempt(problem("medium-array"), compileError("medium-array"), null);
        assertThat(syntax.count()).isEqualTo(AttemptCount.REJECTED); // a plain document has no compiler
        clock.at(START, 18, 20);
        RecordedAttempt first = recorder.recordAttempt(problem("medium-array"), accepted("medium-array", 15, 2), GOOD);
        assertThat(first.roundSummary()).isNull();
        // 18:20 + 4:30 penalty = 22:50 against 22:30: velocity 98.5 -> 99
        assertThat(first.scorecard().meta()).isEqualTo(new MetaScore(96, 100, 99, 75, 100, 1100L, 1350, 1));
        clock.at(START, 40, 0);
        recorder.record(problem("hard-graph"), wrong("hard-graph", 12, 15), GOOD);
        clock.at(START, 41, 10);

        RecordedAttempt last = recorder.recordAttempt(problem("hard-graph"), accepted("hard-graph", 15, 2), GOOD);

        // 41:10 + 9:00 penalty = 50:10 against 45:00: velocity 88.5 -> 89; total 93.5 -> 94
        assertThat(last.scorecard().meta()).isEqualTo(new MetaScore(94, 100, 89, 75, 100, 2470L, 2700, 1));
        MockRoundSummary summary = last.roundSummary();
        assertThat(summary).isNotNull();
        assertThat(summary.round()).isEqualTo(round.id());
        assertThat(summary.expired()).isFalse();
        assertThat(summary.usedSeconds()).isEqualTo(2470);
        assertThat(summary.problems()).extracting(RoundProblem::problem, RoundProblem::accepted,
                        RoundProblem::solvedAtSeconds, RoundProblem::attempts, RoundProblem::rejectedAttempts)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("medium-array", true, 1100L, 2, 1),
                        org.assertj.core.groups.Tuple.tuple("hard-graph", true, 2470L, 2, 1));
        assertThat(summary.score().metaTotal()).isEqualTo(95);
        assertThat(summary.score().amazonTotal()).isEqualTo(90); // (40*90 + 30*80 + 30*100) / 100 each
        assertThat(summary.score().overall()).isEqualTo(95);
        assertThat(summary.score().debrief().meta()).isEqualTo("Meta: strong signal — 2 of 2 solved in 41:10 of "
                + "45:00; medium-array at 18:20, hard-graph at 41:10; 2 rejected submits; Meta score 95.");
        assertThat(summary.score().debrief().amazon()).isEqualTo("Amazon: meets the bar (Insist on the Highest "
                + "Standards) — medium-array readability 90, edge cases 80; hard-graph readability 90, edge cases 80; "
                + "Amazon score 90.");
        assertThat(service.view().state()).isEqualTo(SessionState.EMPTY);
        assertThat(service.history().lastRoundSummary()).contains(summary);
    }

    @Test
    void amazonRoundRunsOutOfTimeAndALateSubmitIsNotTimed() {
        MockRound round = service.startRound(Style.AMAZON,
                List.of(new MockRoundPlanner.PlannedProblem(problem("medium-logs"), 2700)), 3, false);
        clock.at(START, 10, 0);
        RecordedAttempt compile = recorder.recordAttempt(problem("medium-logs"), compileError("medium-logs"), null);
        assertThat(compile.count()).isEqualTo(AttemptCount.NOT_COUNTED); // only a Meta round counts them
        clock.at(START, 30, 0);
        RecordedAttempt wrongOne = recorder.recordAttempt(problem("medium-logs"), wrong("medium-logs", 12, 15),
                readability(80, 80, 70, 90, 40));
        // Amazon round weights: (30*80 + 30*70 + 20*40 + 20*80) / 100 = 69, capped at 50 as not ACCEPTED
        assertThat(wrongOne.scorecard().amazon().total()).isEqualTo(50);
        assertThat(wrongOne.scorecard().debrief().amazon()).contains("error handling 40/100");
        assertThat(service.view().state().round()).isEqualTo(round);

        clock.at(START, 46, 0);
        SessionView view = service.view();

        assertThat(view.state()).isEqualTo(SessionState.EMPTY);
        MockRoundSummary summary = view.roundJustClosed();
        assertThat(summary.expired()).isTrue();
        assertThat(summary.endedAt()).isEqualTo(START.plusSeconds(2700));
        assertThat(summary.score().solved()).isZero();
        assertThat(summary.score().amazonTotal()).isEqualTo(50);
        // the last attempt's Meta: (40*80 + 25*0 + 15*0 + 20*80) / 100 = 48
        assertThat(summary.score().debrief().meta()).isEqualTo("Meta: no hire signal — 0 of 1 solved when the "
                + "45:00 ran out; medium-logs not solved; 1 rejected submit; Meta score 48.");
        assertThat(summary.score().debrief().amazon()).isEqualTo("Amazon: the bar raiser would push back — "
                + "medium-logs readability 80, edge cases 70; Amazon score 50; an unsolved problem is capped at 50.");
        assertThat(service.history().closedDrills()).singleElement()
                .extracting(HistoryEvent.DrillClosed::outcome).isEqualTo(DrillOutcome.EXPIRED);

        clock.at(START, 50, 0);
        RecordedAttempt late = recorder.recordAttempt(problem("medium-logs"), accepted("medium-logs", 15, 2), GOOD);
        assertThat(late.drill()).isNull();
        assertThat(late.scorecard().meta().velocity()).isNull();
    }
}
