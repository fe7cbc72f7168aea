package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.ReadabilityAnalyzer;
import dev.drilljudge.report.submission.ReadabilityJson;
import dev.drilljudge.report.submission.ReadabilityText;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** `judge lint <file-or-dir>`: the readability analysis alone; it never compiles or runs the code. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Score Java sources against the Amazon readability bar (never runs them).")
public final class LintCommand implements Callable<Integer> {
    /** The bank `--problem`, or the folder's own name, is looked up in. */
    @Mixin
    ProblemsOption problems;

    @Option(names = "--problem", paramLabel = "ID", description = "Judge against this bank problem, as `submit` "
            + "does: its starter's names are given, and its `inputs:` decide which guards are owed. Default: the "
            + "problem the linted folder is named for (submissions/two-sum), when the bank has it.")
    private String problemId;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file-or-dir>", description = "A .java file or a folder of them.")
    private Path target;

    @Mixin
    FormatOption format;

    @Mixin
    private ReadabilityConfigOption config;

    /**
     * `--problem ID`, or else the bank problem the linted folder is named for, so `judge lint submissions/two-sum`
     * reads the code as `judge submit two-sum` does. Without a bank here, or a folder of another name, none.
     */
    private Optional<ProblemPackage> problem() {
        if (problemId != null) {
            return Optional.of(problems.bank().get(problemId));
        }
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        if (folder == null || folder.getFileName() == null || !Files.isDirectory(problems.directory())) {
            return Optional.empty();
        }
        ProblemBank bank = problems.bank();
        String id = folder.getFileName().toString();
        return bank.contains(id) ? Optional.of(bank.get(id)) : Optional.empty();
    }

    @Override
    public Integer call() {
        List<SourceFile> sources = SourceTrees.read(target);
        if (sources.isEmpty()) {
            throw new BadInputException(target + ": no .java files in this folder; give a .java file or a folder of them");
        }
        Optional<ProblemPackage> problem = problem();
        ReadabilityAnalyzer analyzer = new ReadabilityAnalyzer(config.load());
        Readability readability = problem.map(analyzer::forProblem).orElse(analyzer).analyze(sources);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ReadabilityJson.toJson(readability)));
        } else {
            out.print(ReadabilityText.render(readability));
            problem.ifPresent(judged -> out.println("\nJudged against problem " + judged.id() + ": its starter's "
                    + "names are given and its inputs decide which guards are owed (--problem ID to choose another)."));
        }
        out.flush();
        return 0;
    }
}
