package dev.drilljudge.cli;

import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.app.PracticeJudging;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Judgement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge run`: the visible sample tests. Never counted as an attempt. */
@Command(name = "run", description = "Run the sample tests against your code (never counted as an attempt).")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Mixin
    SubmissionOptions submission;

    @Override
    public Integer call() {
        var handedOver = ServeHandoff.trySubmit(problems, submissions, submission, null, "run", spec.commandLine().getOut());
        if (handedOver.isPresent()) {
            return handedOver.get();
        }
        EarlyStart.Started started = EarlyStart.engineFor(problems.directory(), submission.problemId());
        try (JudgeEngine engine = started.engine()) {
            ProblemPackage problem = started.problem();
            List<SourceFile> sources = SourceTrees.read(submission.submissionPath(submissions.directory()));
            Judgement judgement = new PracticeJudging(engine, submissions.directory(), Clock.systemUTC(),
                    ReadabilityConfig.defaults()).run(problem, sources);
            ReportPrinter.print(new JudgeReport(judgement, null, null), submission.format(), spec.commandLine().getOut());
            return ReportPrinter.exitCode(judgement);
        }
    }
}
