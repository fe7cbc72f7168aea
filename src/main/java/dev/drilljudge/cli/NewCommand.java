package dev.drilljudge.cli;

import dev.drilljudge.problem.ProblemScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `judge new <id>`: a package that passes `judge verify` as it stands, to replace piece by piece. */
@Command(name = "new", description = "Scaffold a problem package that already passes `judge verify`.")
public final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProblemsOption problems;

    @Parameters(paramLabel = "ID", description = "The new problem's id, in kebab-case.")
    String problemId;

    @Override
    public Integer call() throws java.io.IOException {
        Path bank = problems.directory();
        Files.createDirectories(bank);
        Path root = ProblemScaffold.create(bank, problemId);
        out().println("Created " + root + " with a worked example (sum of an array):");
        out().println("  problem.yaml, statement.md, starter/, tests/sample/, tests/hidden/,");
        out().println("  solutions/accepted/model-answer/, solutions/wrong/int-overflow/ (with its BUG.md)");
        out().println("Replace the example with your problem, then run `judge verify " + problemId
                + (problems.directory().equals(Path.of("problems")) ? "" : " --problems " + bank) + "`.");
        out().println("See README.md, \"Writing a problem\".");
        return ExitCodes.OK;
    }

    /** What this command prints goes through picocli's writer, so a caller (or a test) can redirect it. */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
