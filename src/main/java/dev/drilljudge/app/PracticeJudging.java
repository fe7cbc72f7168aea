package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.FileAnalysis;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.ReadabilityAnalyzer;
import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.session.RecordedAttempt;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TaggedTests;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The practice use cases behind `judge run` and `judge submit`, and behind the same buttons on `judge serve`'s
 * page: one pipeline, so the page and the command line can never judge or score the same code differently.
 */
public final class PracticeJudging {
    private final JudgeEngine engine;
    private final Path submissionsDir;
    private final Clock clock;
    private final ReadabilityConfig readabilityConfig;

    public PracticeJudging(JudgeEngine engine, Path submissionsDir, Clock clock, ReadabilityConfig readabilityConfig) {
        this.engine = engine;
        this.submissionsDir = submissionsDir;
        this.clock = clock;
        this.readabilityConfig = readabilityConfig;
    }

    /** What one submit produced: the verdict, the readability analysis and how the attempt was recorded. */
    public record Submitted(Judgement judgement, Readability readability, RecordedAttempt recorded) {
    }

    /** The sample tests; never an attempt. */
    public Judgement run(ProblemPackage problem, List<SourceFile> sources) {
        return engine.judge(problem, sources, RunMode.SAMPLE);
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
        // The analysis needs only the sources: it runs while the engine compiles and the worker runs the tests.
        CompletableFuture<ReadabilityAnalyzer> analyzer = CompletableFuture.supplyAsync(
                () -> new ReadabilityAnalyzer(readabilityConfig).forProblem(problem));
        CompletableFuture<FileAnalysis> inspection = analyzer.thenApply(ready -> ready.inspect(sources));
        Judgement judgement = engine.judge(problem, sources, RunMode.HIDDEN, false, true);
        Readability readability = await(analyzer).score(await(inspection),
                TaggedTests.passRate(judgement, TaggedTests.EDGE));
        RecordedAttempt recorded = new SubmissionRecorder(submissionsDir, clock)
                .recordAttempt(problem, judgement, readability.scoredOrNull(), sources, cause);
        return new Submitted(judgement, readability, recorded);
    }

    /** The analysis's own exception, not the CompletionException around it: it may be a one-line user error. */
    private static <T> T await(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
