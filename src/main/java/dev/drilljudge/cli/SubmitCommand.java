package dev.drilljudge.cli;

import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.app.PracticeJudging;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.progress.MockRoundText;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge submit`: the hidden tests, then readability and both scorecards; counts as an attempt. */
@Command(name = "submit", description = "Run the hidden tests against your code, score it for both bars, "
        + "and record the attempt against the open drill.")
public final class SubmitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Mixin
    SubmissionOptions submission;

    @Mixin
    ReadabilityConfigOption readabilityConfig;

    @Option(names = "--cause", paramLabel = "TEXT", description = "In a debug drill: the root cause you found, "
            + "in one line; the debrief shows it beside the seeded bug.")
    String cause;

    private final Clock clock;

    public SubmitCommand() {
        this(Clock.systemUTC());
    }

    SubmitCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var handedOver = ServeHandoff.trySubmit(problems, submissions, submission, readabilityConfig, "submit", spec.commandLine().getOut());
        if (handedOver.isPresent()) {
            return handedOver.get();
        }
        EarlyStart.Started started = EarlyStart.engineFor(problems.directory(), submission.problemId());
        try (JudgeEngine engine = started.engine()) {
            ProblemPackage problem = started.problem();
            List<SourceFile> sources = SourceTrees.read(submission.submissionPath(submissions.directory()));
            PracticeJudging.Submitted submitted = new PracticeJudging(engine, submissions.directory(), clock,
                    readabilityConfig.load()).submit(problem, sources, cause);
            ReportPrinter.print(new JudgeReport(submitted.judgement(), submitted.readability(),
                    submitted.recorded().scorecard()), submission.format(), spec.commandLine().getOut());
            if (cause != null && submitted.recorded().scorecard().debug() == null) {
                spec.commandLine().getErr().println("judge: note: --cause is recorded only in a debug drill (`judge start "
                        + problem.id() + " --debug`); ignored");
            }
            if (submitted.recorded().roundSummary() != null && submission.format() == OutputFormat.text) {
                MockRoundText.lines(submitted.recorded().roundSummary()).forEach(spec.commandLine().getOut()::println);
                spec.commandLine().getOut().flush();
            }
            return ReportPrinter.exitCode(submitted.judgement());
        }
    }
}
