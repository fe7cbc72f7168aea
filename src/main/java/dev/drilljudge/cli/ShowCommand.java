package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.report.problem.ProblemJson;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;

/** `judge show <id>`: the statement, and the model answer once earned. */
@Command(name = "show", description = "Show a problem's statement (and, with --solution, its model answer).")
public final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProblemsOption problems;

    @Parameters(paramLabel = "ID", description = "Problem id, e.g. two-sum.")
    String problemId;

    @Option(names = "--solution", description = "Show the model answer (after an ACCEPTED submit, or with --force).")
    boolean solution;

    @Option(names = "--force", description = "With --solution: show it even before an ACCEPTED submit.")
    boolean force;

    @Mixin
    SubmissionsOption submissions;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        ProblemPackage problem = problems.bank().get(problemId);
        if (!solution && format.json()) {
            boolean solved = SolvedProblems.in(submissions.directory()).contains(problem.id());
            out().println(DocumentJson.render(
                    ProblemJson.toJson(problem, Files.readString(problem.statementFile()), solved)));
            return ExitCodes.OK;
        }
        if (!solution) {
            out().print(Files.readString(problem.statementFile()));
            return ExitCodes.OK;
        }
        if (!force && !SolvedProblems.in(submissions.directory()).contains(problem.id())) {
            throw new BadInputException("the model answer of '" + problem.id() + "' unlocks after an ACCEPTED `judge submit "
                    + problem.id() + "`; add --force to see it now");
        }
        var accepted = problem.solutions(SolutionKind.ACCEPTED);
        if (accepted.isEmpty()) {
            throw new BadInputException("problem '" + problem.id() + "' ships no model answer");
        }
        for (SourceFile source : SourceTrees.read(accepted.get(0).directory())) {
            out().println("// " + source.displayPath());
            out().println(source.content());
        }
        return ExitCodes.OK;
    }

    /** What this command prints goes through picocli's writer, so a caller (or a test) can redirect it. */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
