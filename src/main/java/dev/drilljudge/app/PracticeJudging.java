package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.scoring.ScoringContext;
import dev.drilljudge.session.RecordedAttempt;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Judgement;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The practice use cases behind `judge run` and `judge submit`, and behind the same buttons on `judge serve`'s
 * page. Both evaluate through the {@link SubmissionEvaluator} seam that `grade` and `verify` use too, so the page,
 * the command line and CI can never judge or score the same code differently; this class adds only the practice
 * session: which drill's clock scores the submit, and recording the attempt.
 */
public final class PracticeJudging {
    private final SubmissionEvaluator evaluator;
    private final SubmissionRecorder recorder;

    public PracticeJudging(JudgeEngine engine, Path submissionsDir, Clock clock, ReadabilityConfig readabilityConfig) {
        this(new SubmissionEvaluator(engine, ReadabilityChecks.alongsideTheTests(readabilityConfig),
                SubmissionEvaluator.STANDARD_SCORING, true), new SubmissionRecorder(submissionsDir, clock));
    }

    PracticeJudging(SubmissionEvaluator evaluator, SubmissionRecorder recorder) {
        this.evaluator = evaluator;
        this.recorder = recorder;
    }

    /** What one submit produced: the verdict, the readability analysis and how the attempt was recorded. */
    public record Submitted(Judgement judgement, Readability readability, RecordedAttempt recorded) {
        /** What the renderers print: the verdict, the analysis and the scorecard the attempt was recorded with. */
        public JudgeReport report() {
            return new JudgeReport(judgement, readability, recorded.scorecard());
        }
    }

    /** The sample tests; never an attempt. */
    public Judgement run(ProblemPackage problem, List<SourceFile> sources) {
        return evaluator.runSamples(problem, sources).judgement();
    }

    /** The hidden tests, readability and both scorecards; recorded against the open drill or round. */
    public Submitted submit(ProblemPackage problem, List<SourceFile> sources) {
        return submit(problem, sources, null);
    }

    /**
     * Like {@link #submit(ProblemPackage, List)}; in a debug drill the sources are measured against the handed-out
     * code and {@code cause} (the root cause the candidate stated, or null) is recorded.
     */
    public Submitted submit(ProblemPackage problem, List<SourceFile> sources, String cause) {
        ScoringContext context = recorder.contextFor(problem, sources, cause);
        JudgeReport report = evaluator.evaluate(problem, sources, context);
        RecordedAttempt recorded = recorder.record(problem, report, context);
        return new Submitted(report.judgement(), report.readability(), recorded);
    }
}
