package dev.drilljudge.app;

import dev.drilljudge.readability.FileAnalysis;
import dev.drilljudge.readability.ReadabilityAnalyzer;
import dev.drilljudge.readability.ReadabilityConfig;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The readability analyses the grading seam runs: one for a person's submit, one for CI grading. */
public final class ReadabilityChecks {
    private ReadabilityChecks() {
    }

    /**
     * `judge submit` and `judge serve`: the analysis runs on another thread while the engine compiles and the worker
     * runs the tests (it needs only the sources), with the practice repo's own configuration.
     */
    public static SubmissionEvaluator.ReadabilityCheck alongsideTheTests(ReadabilityConfig config) {
        return (problem, sources) -> {
            CompletableFuture<ReadabilityAnalyzer> analyzer = CompletableFuture.supplyAsync(
                    () -> new ReadabilityAnalyzer(config).forProblem(problem));
            CompletableFuture<FileAnalysis> inspection = analyzer.thenApply(ready -> ready.inspect(sources));
            return (judgement, edgeTestPassRate) -> await(analyzer).score(await(inspection), edgeTestPassRate);
        };
    }

    /**
     * `judge grade`: the default rules and thresholds (a practice repo's own configuration is not read, so a
     * candidate cannot loosen the bar that grades them), after the verdict, on the grading thread. Analysed whenever
     * there are sources, as `submit` does: code that does not parse gets no score and one line saying why.
     */
    public static SubmissionEvaluator.ReadabilityCheck forGrading() {
        ReadabilityAnalyzer analyzer = new ReadabilityAnalyzer(ReadabilityConfig.defaults());
        return (problem, sources) -> (judgement, edgeTestPassRate) -> sources.isEmpty() ? null
                : analyzer.forProblem(problem).analyze(sources, edgeTestPassRate);
    }

    /** No analysis: `judge run` and `judge verify` need only the verdict. */
    public static SubmissionEvaluator.ReadabilityCheck none() {
        return (problem, sources) -> (judgement, edgeTestPassRate) -> null;
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
