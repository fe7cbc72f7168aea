package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.ScoringContext;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TaggedTests;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The one grading seam: judge → readability (with the share of edge tests passed) → both bars' scores. `submit`,
 * `run`, `grade`, `verify` and `judge serve` all evaluate through it, so a submission is graded the same way
 * wherever it comes from; recording the attempt, printing and thresholds stay with the caller.
 */
public final class SubmissionEvaluator {

    /** Judges one submission: the {@link JudgeEngine}. Must be safe to call from several threads. */
    @FunctionalInterface
    public interface SubmissionJudge {
        /**
         * @param stopAtFirstFailure the verdict is the same; the tests after the first failure are NOT_RUN
         * @param measureGrowth      also measure the code's growth with the problem's generator, when it has one
         */
        Judgement judge(ProblemPackage problem, List<SourceFile> submission, RunMode mode, boolean stopAtFirstFailure,
                        boolean measureGrowth);

        /** A hint: these problems are judged next, so whatever they need may start now. */
        default void prepare(List<ProblemPackage> upcoming) {
        }
    }

    /** The readability analysis, begun before the verdict is known: it needs only the sources. */
    @FunctionalInterface
    public interface ReadabilityCheck {
        PendingReadability begin(ProblemPackage problem, List<SourceFile> sources);
    }

    /** An analysis under way; finished once the verdict and the share of edge tests passed are known. */
    @FunctionalInterface
    public interface PendingReadability {
        /** The analysis (possibly unscored, saying why), or null when this check does not analyse such a submission. */
        Readability finish(Judgement judgement, OptionalDouble edgeTestPassRate);
    }

    /** Both bars' scorecard; {@link #STANDARD_SCORING} outside tests. May return null: the report is unscored. */
    @FunctionalInterface
    public interface SubmissionScorer {
        /** @param readability the scored analysis, or null when it could not run */
        Scorecard score(ProblemPackage problem, Judgement judgement, Readability readability, ScoringContext context);
    }

    /** The Meta and Amazon scorers, with the problem's own target when the context has none. */
    public static final SubmissionScorer STANDARD_SCORING = (problem, judgement, readability, context) ->
            context.score(judgement, readability, DrillService.targetSeconds(problem));

    /** For tests of what surrounds the seam: every report unscored. */
    public static final SubmissionScorer UNSCORED = (problem, judgement, readability, context) -> null;

    private final SubmissionJudge judge;
    private final ReadabilityCheck readability;
    private final SubmissionScorer scorer;
    private final boolean measureGrowth;

    /**
     * @param measureGrowth `submit` measures the code's growth for the complexity score; `grade` does not (it would
     *                      multiply a whole cohort's CPU time), and its complexity is then not measured
     */
    public SubmissionEvaluator(SubmissionJudge judge, ReadabilityCheck readability, SubmissionScorer scorer,
                               boolean measureGrowth) {
        this.judge = judge;
        this.readability = readability;
        this.scorer = scorer;
        this.measureGrowth = measureGrowth;
    }

    /** The hidden tests, readability and both scorecards, scored in {@code context}. */
    public JudgeReport evaluate(ProblemPackage problem, List<SourceFile> sources, ScoringContext context) {
        PendingReadability analysis = readability.begin(problem, sources);
        Judgement judgement = judge.judge(problem, sources, RunMode.HIDDEN, false, measureGrowth);
        return score(problem, judgement, analysis.finish(judgement, TaggedTests.passRate(judgement, TaggedTests.EDGE)),
                context);
    }

    /**
     * A judgement made elsewhere (a submission that could not even be read), scored like any other.
     *
     * @param readability the analysis, or null when none ran; only a scored analysis counts towards the scores
     */
    public JudgeReport score(ProblemPackage problem, Judgement judgement, Readability readability,
                             ScoringContext context) {
        Readability scored = readability == null ? null : readability.scoredOrNull();
        return new JudgeReport(judgement, readability, scorer.score(problem, judgement, scored, context));
    }

    /** `judge run`: the sample tests only; no readability, no scores. */
    public JudgeReport runSamples(ProblemPackage problem, List<SourceFile> sources) {
        return new JudgeReport(judge.judge(problem, sources, RunMode.SAMPLE, false, false), null, null);
    }

    /** `judge verify`: the verdict alone, for a shipped solution or starter. */
    public Judgement verdict(ProblemPackage problem, List<SourceFile> sources, RunMode mode,
                             boolean stopAtFirstFailure, boolean measureGrowth) {
        return judge.judge(problem, sources, mode, stopAtFirstFailure, measureGrowth);
    }

    /** Passes the hint on to the judge: these problems are evaluated next. */
    public void prepare(List<ProblemPackage> upcoming) {
        judge.prepare(upcoming);
    }
}
