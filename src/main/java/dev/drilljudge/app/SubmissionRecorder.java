package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.ScoringContext;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.session.RecordedAttempt;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Judgement;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The practice session around a submit: which clock scores it before the verdict, and after it, counting the attempt
 * against the open drill or mock round and appending the history.
 */
public final class SubmissionRecorder {
    private final DrillService drills;

    public SubmissionRecorder(Path submissionsDir, Clock clock) {
        this.drills = new DrillService(submissionsDir, clock);
    }

    /**
     * Scores a hidden-test judgement in the current {@link #contextFor context} and records it (a sample run is
     * scored but never counted); velocity is "not timed" when no drill is open for the problem.
     *
     * @param readability null when the analysis could not run
     */
    public Scorecard record(ProblemPackage problem, Judgement judgement, Readability readability) {
        return recordAttempt(problem, judgement, readability).scorecard();
    }

    /**
     * Like {@link #record(ProblemPackage, Judgement, Readability)} but also says how the attempt counted and, when
     * this submit finished a mock round (or found its clock run out), the round's summary.
     */
    public RecordedAttempt recordAttempt(ProblemPackage problem, Judgement judgement, Readability readability) {
        return drills.record(problem, judgement, readability);
    }

    /**
     * How a submit now is scored: against the open drill's clock (stopped at this moment, so the judge's own time
     * is not the candidate's), or untimed; on a debug drill, with the fix measured against the handed-out code and
     * the stated {@code cause} (or null).
     */
    public ScoringContext contextFor(ProblemPackage problem, List<SourceFile> sources, String cause) {
        return drills.scoringContext(problem, sources, cause);
    }

    /** Records an evaluated hidden-test submit, scored in {@code context}, against its drill or mock round. */
    public RecordedAttempt record(ProblemPackage problem, JudgeReport report, ScoringContext context) {
        Readability analysis = report.readability();
        return drills.record(problem, report.judgement(), analysis == null ? null : analysis.scoredOrNull(),
                report.scores(), context);
    }
}
