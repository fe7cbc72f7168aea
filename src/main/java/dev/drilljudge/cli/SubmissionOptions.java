package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** The arguments `run` and `submit` share: the problem, the code to judge, the output format. */
public final class SubmissionOptions {
    @Parameters(index = "0", paramLabel = "ID", description = "Problem id, e.g. two-sum.")
    String problemId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH",
            description = "A .java file or a folder of them (default: <submissions>/<ID>/).")
    Path path;

    @Mixin
    FormatOption format;

    @Option(names = "--no-daemon", description = "Judge in this process even when `judge serve` is running "
            + "for the same folders (by default the job is handed to its warm judge).")
    boolean noDaemon;

    String problemId() {
        return problemId;
    }

    OutputFormat format() {
        return format.value();
    }

    boolean noDaemon() {
        return noDaemon;
    }

    /** The PATH argument, or null for the default submissions/&lt;ID&gt;/. */
    Path explicitPath() {
        return path;
    }

    Path submissionPath(Path submissionsDir) {
        Path resolved = path != null ? path : submissionsDir.resolve(problemId);
        if (path == null && !Files.exists(resolved)) {
            throw new BadInputException(resolved + ": no such folder; run `judge start " + problemId
                    + "` first, or pass a .java file or folder");
        }
        return resolved;
    }
}
