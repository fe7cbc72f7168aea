package dev.drilljudge.app;

import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.ScoringContext;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.session.HistoryReader;
import dev.drilljudge.session.HistoryTiming;
import dev.drilljudge.session.TestClock;
import dev.drilljudge.session.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRecorderTest {
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path temp;

    @Test
    void ciGradingTakesSelfReportedTimingFromACommittedHistoryAndWritesNothing() throws Exception {
        Path submissions = temp.resolve("submissions");
        TestClock clock = new TestClock(START.toString());
        ProblemPackage twoSum = TestProblems.write(temp.resolve("problems"), "two-sum", Difficulty.EASY, 25);
        new DrillService(submissions, clock).start(twoSum, null, Style.BOTH, false);
        SubmissionRecorder recorder = new SubmissionRecorder(submissions, clock);
        clock.at(START, 9, 0);
        recorder.record(twoSum, wrong("two-sum", 14, 15), readability(90, 90, 90, 90, 90));
        clock.at(START, 18, 20);
        recorder.record(twoSum, accepted("two-sum", 15, 2), readability(90, 90, 90, 90, 90));
        Path history = submissions.resolve(".judge/history.jsonl");
        byte[] before = Files.readAllBytes(history);

        HistoryTiming timing = HistoryReader.readSubmissions(submissions).timingFor("two-sum").orElseThrow();
        Scorecard graded = SubmissionEvaluator.STANDARD_SCORING.score(twoSum, accepted("two-sum", 15, 2),
                readability(90, 90, 90, 90, 90), timing.selfReported(null));

        assertThat(timing).isEqualTo(new HistoryTiming(1100, 1500, 1));
        // 18:20 + 5:00 penalty = 23:20, within 25:00
        assertThat(graded.meta()).isEqualTo(new MetaScore(96, 100, 100, 75, 100, 1100L, 1500, 1));
        assertThat(graded.debrief().meta()).isEqualTo("Meta: strong signal — solved in 18:20 of 25:00 "
                + "(self-reported), after 1 rejected submit (+5:00 penalty), 2 of 2 perf tests pass.");
        assertThat(Files.readAllBytes(history)).isEqualTo(before);
        assertThat(HistoryReader.readSubmissions(submissions).timingFor("merge-intervals")).isEmpty();
    }

    @Test
    void withoutAHistoryVelocityIsNotTimed() {
        ProblemPackage twoSum = TestProblems.write(temp.resolve("problems"), "two-sum", Difficulty.EASY, 25);

        Scorecard graded = SubmissionEvaluator.STANDARD_SCORING.score(twoSum, accepted("two-sum", 15, 2), null,
                new ScoringContext.Untimed());

        assertThat(graded.meta()).isEqualTo(new MetaScore(100, 100, null, 100, 100, null, 1500, 0));
        assertThat(graded.debrief().meta()).isEqualTo("Meta: strong signal — accepted, not timed, first submit, "
                + "2 of 2 perf tests pass.");
    }
}
