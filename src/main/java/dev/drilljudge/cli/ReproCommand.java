package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.app.ReproRunner;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.submission.ReproJson;
import dev.drilljudge.report.submission.ReproText;
import dev.drilljudge.repro.ReproResult;
import dev.drilljudge.repro.ReproTarget;
import dev.drilljudge.source.SourceTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `judge repro`: one input of the candidate's own, run on their code in the sandbox, beside the model answer. */
@Command(name = "repro", description = "Run your code on one input you write (the method's arguments as JSON "
        + "values, e.g. \"[2,7,11,15], 9\"), in the sandbox; inside the problem's inputs contract, compare with the "
        + "model answer.")
public final class ReproCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Parameters(index = "0", paramLabel = "ID", description = "Problem id, e.g. two-sum.")
    String problemId;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The arguments, comma-separated JSON values; "
            + "trees in LeetCode level order ([3,9,20,null,null,15,7]), linked lists as arrays.")
    String input;

    @Parameters(index = "2", arity = "0..1", paramLabel = "PATH",
            description = "A .java file or a folder of them (default: <submissions>/<ID>/).")
    Path path;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        ProblemPackage problem = problems.bank().get(problemId);
        ReproTarget.of(problem); // a design problem is refused before anything else is asked for
        Path code = path != null ? path : submissions.directory().resolve(problemId);
        if (!Files.exists(code)) {
            throw new BadInputException(code + ": no such folder; run `judge start " + problemId
                    + " --debug` first, or pass a .java file or folder");
        }
        ReproResult result;
        try (JudgeEngine engine = new JudgeEngine(EngineOptions.interactive(UserCacheFolder.forCompiledClasses()))) {
            result = new ReproRunner(engine).run(problem, SourceTrees.read(code), input);
        }
        if (format.json()) {
            out().println(ReproJson.render(result));
        } else {
            ReproText.lines(result).forEach(out()::println);
        }
        boolean reproduced = !result.yours().ok() || Boolean.FALSE.equals(result.matches());
        return reproduced ? ExitCodes.REJECTED : ExitCodes.OK;
    }

    /** What this command prints goes through picocli's writer, so a caller (or a test) can redirect it. */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
