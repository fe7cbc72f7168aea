package dev.drilljudge.cli;

import dev.drilljudge.problem.ProblemBank;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** `--problems DIR` on every command: a grader can keep a private bank outside the candidate's repo. */
public final class ProblemsOption {
    @Option(names = "--problems", paramLabel = "DIR", defaultValue = "problems",
            description = "Problem bank folder (default: ${DEFAULT-VALUE}).")
    Path problemsDir;

    public ProblemBank bank() {
        return ProblemBank.open(problemsDir);
    }

    public Path directory() {
        return problemsDir;
    }
}
