package dev.drilljudge.cli;

import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** `judge run`: the visible sample tests. Never counted as an attempt. */
@Command(name = "run", description = "Run the sample tests against your code (never counted as an attempt).")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Mixin
    SubmissionOptions submission;

    @Override
    public Integer call() {
        EarlyStart.Started started = EarlyStart.engineFor(problems.directory(), submission.problemId());
        try (JudgeEngine engine = started.engine()) {
            ProblemPackage problem = started.problem();
            List<SourceFile> sources = SourceTrees.read(submission.submissionPath(submissions.directory()));
            Judgement judgement = engine.judge(problem, sources, RunMode.SAMPLE);
            ReportPrinter.print(new JudgeReport(judgement, null, null), submission.format());
            return ReportPrinter.exitCode(judgement);
        }
    }
}
