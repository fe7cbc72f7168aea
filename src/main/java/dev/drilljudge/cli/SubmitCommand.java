package dev.drilljudge.cli;

import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.app.SubmissionRecorder;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.StarterSignature;
import dev.drilljudge.readability.FileAnalysis;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.ReadabilityAnalyzer;
import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.report.MockRoundText;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.session.RecordedAttempt;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TaggedTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** `judge submit`: the hidden tests, then readability and both scorecards; counts as an attempt. */
@Command(name = "submit", description = "Run the hidden tests against your code, score it for both bars, "
        + "and record the attempt against the open drill.")
public final class SubmitCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Mixin
    SubmissionOptions submission;

    @Mixin
    ReadabilityConfigOption readabilityConfig;

    private final Clock clock;

    public SubmitCommand() {
        this(Clock.systemUTC());
    }

    SubmitCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        EarlyStart.Started started = EarlyStart.engineFor(problems.directory(), submission.problemId());
        try (JudgeEngine engine = started.engine()) {
            ProblemPackage problem = started.problem();
            List<SourceFile> sources = SourceTrees.read(submission.submissionPath(submissions.directory()));
            ReadabilityConfig config = readabilityConfig.load();
            // The analysis needs only the sources: it runs while the engine compiles and the worker runs the tests.
            CompletableFuture<ReadabilityAnalyzer> analyzer = CompletableFuture.supplyAsync(
                    () -> new ReadabilityAnalyzer(config).withGivenNames(StarterSignature.names(problem)));
            CompletableFuture<FileAnalysis> inspection = analyzer.thenApply(ready -> ready.inspect(sources));
            Judgement judgement = engine.judge(problem, sources, RunMode.HIDDEN);
            Readability readability = await(analyzer).score(await(inspection),
                    TaggedTests.passRate(judgement, TaggedTests.EDGE));
            RecordedAttempt recorded = new SubmissionRecorder(submissions.directory(), clock)
                    .recordAttempt(problem, judgement, readability);
            ReportPrinter.print(new JudgeReport(judgement, readability, recorded.scorecard()), submission.format());
            if (recorded.roundSummary() != null && submission.format() == OutputFormat.text) {
                MockRoundText.lines(recorded.roundSummary()).forEach(System.out::println);
            }
            return ReportPrinter.exitCode(judgement);
        }
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
