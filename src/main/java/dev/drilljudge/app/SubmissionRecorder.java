package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.scoring.AmazonWeights;
import dev.drilljudge.scoring.DebugInputs;
import dev.drilljudge.scoring.ScoreInputs;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.Scorecards;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.session.HistoryTiming;
import dev.drilljudge.session.RecordedAttempt;
import dev.drilljudge.verdict.Judgement;

import dev.drilljudge.source.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.time.Clock;

/**
 * The use-case behind `judge submit` after the verdict: counts the attempt against the open drill or mock round,
 * appends the history, and returns both bars' scorecard.
 */
public final class SubmissionRecorder {
    private final DrillService drills;

    public SubmissionRecorder(Path submissionsDir, Clock clock) {
        this.drills = new DrillService(submissionsDir, clock);
    }

    /**
     * Records a hidden-test judgement (a sample run is scored but never counted) and returns its scorecard;
     * velocity is "not timed" when no drill is open for the problem.
     *
     * @param readability null when the analysis could not run
     */
    public Scorecard record(ProblemPackage problem, Judgement judgement, Readability readability) {
        return recordAttempt(problem, judgement, readability).scorecard();
    }

    /**
     * Like {@link #record} but also says how the attempt counted and, when this submit finished a mock round
     * (or found its clock run out), the round's summary to print after the scorecard.
     */
    public RecordedAttempt recordAttempt(ProblemPackage problem, Judgement judgement, Readability readability) {
        return drills.record(problem, judgement, readability);
    }

    /**
     * Like {@link #recordAttempt(ProblemPackage, Judgement, Readability)}; on a debug drill the sources are
     * measured against the handed-out code and the stated root cause is recorded.
     */
    public RecordedAttempt recordAttempt(ProblemPackage problem, Judgement judgement, Readability readability,
                                         List<SourceFile> sources, String cause) {
        return drills.record(problem, judgement, readability, sources, cause);
    }

    /**
     * Scores without recording anything, for CI grading: with the timing a committed history reports
     * ({@code HistoryReader.readSubmissions(dir).timingFor(id)}) velocity is marked self-reported; with null
     * it is "not timed".
     */
    public static Scorecard score(ProblemPackage problem, Judgement judgement, Readability readability,
                                  HistoryTiming selfReported) {
        return score(problem, judgement, readability, selfReported, null);
    }

    /** Like the above; with {@code debug} the submission is scored as the fix of a debug drill too. */
    public static Scorecard score(ProblemPackage problem, Judgement judgement, Readability readability,
                                  HistoryTiming selfReported, DebugInputs debug) {
        ScoreInputs inputs = selfReported == null
                ? ScoreInputs.untimed(judgement, readability, 60L * problem.targetMinutes())
                : new ScoreInputs(judgement, readability, selfReported.targetSeconds(), selfReported.elapsedSeconds(),
                selfReported.rejectedAttempts(), Style.BOTH, AmazonWeights.STANDARD, true);
        return Scorecards.score(debug == null ? inputs : inputs.withDebug(debug));
    }
}
