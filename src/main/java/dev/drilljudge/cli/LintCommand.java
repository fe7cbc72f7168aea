package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.ReadabilityAnalyzer;
import dev.drilljudge.report.submission.ReadabilityJson;
import dev.drilljudge.report.submission.ReadabilityText;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge lint <file-or-dir>`: the readability analysis alone; it never compiles or runs the code. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Score Java sources against the Amazon readability bar (never runs them).")
public final class LintCommand implements Callable<Integer> {
    /** Accepted like on every command, so scripts can pass one bank everywhere; this command does not read it. */
    @Mixin
    ProblemsOption problems;



    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file-or-dir>", description = "A .java file or a folder of them.")
    private Path target;

    @Mixin
    FormatOption format;

    @Mixin
    private ReadabilityConfigOption config;

    @Override
    public Integer call() {
        List<SourceFile> sources = SourceTrees.read(target);
        if (sources.isEmpty()) {
            throw new BadInputException(target + ": no .java files in this folder; give a .java file or a folder of them");
        }
        Readability readability = new ReadabilityAnalyzer(config.load()).analyze(sources);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ReadabilityJson.toJson(readability)));
        } else {
            out.print(ReadabilityText.render(readability));
        }
        out.flush();
        return 0;
    }
}
