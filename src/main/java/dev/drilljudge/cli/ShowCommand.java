package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.report.ProblemJson;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;

/** `judge show <id>`: the statement, and the model answer once earned. */
@Command(name = "show", description = "Show a problem's statement (and, with --solution, its model answer).")
public final class ShowCommand implements Callable<Integer> {
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        ProblemPackage problem = problems.bank().get(problemId);
        if (!solution && format == OutputFormat.json) {
            boolean solved = SolvedProblems.in(submissions.directory()).contains(problem.id());
            System.out.println(DocumentJson.render(
                    ProblemJson.toJson(problem, Files.readString(problem.statementFile()), solved)));
            return ExitCodes.OK;
        }
        if (!solution) {
            System.out.print(Files.readString(problem.statementFile()));
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
            System.out.println("// " + source.displayPath());
            System.out.println(source.content());
        }
        return ExitCodes.OK;
    }
}
