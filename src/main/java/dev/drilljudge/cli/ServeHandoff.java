package dev.drilljudge.cli;

import dev.drilljudge.report.submission.TextStyle;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Verdict;
import dev.drilljudge.web.ServeClient;
import dev.drilljudge.web.ServeRegistration;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Hands `judge run` and `judge submit` to a `judge serve` running for the same bank and submissions folder, whose
 * javac and worker are already warm; the server records the attempt in the same files. Only the plain case is
 * handed over: the default folder submissions/&lt;ID&gt;/ holding top-level .java files, and (for submit) the same
 * readability settings file. `--no-daemon` turns it off; with no server, or any failure, the command judges itself.
 */
final class ServeHandoff {
    /** Where servers announce themselves; tests point it at a temporary folder. */
    static Supplier<Optional<Path>> registry = () -> ServeRegistration.folder(System.getenv());

    private ServeHandoff() {
    }

    /** The command's exit code when the server judged it; empty when the command must judge on its own. */
    static Optional<Integer> trySubmit(ProblemsOption problems, SubmissionsOption submissions,
                                       SubmissionOptions submission, ReadabilityConfigOption readabilityConfig,
                                       String action, PrintWriter out) {
        if (submission.noDaemon()) {
            return Optional.empty();
        }
        Optional<ServeRegistration> server = serverFor(problems.directory(), submissions.directory());
        if (server.isEmpty()) {
            return Optional.empty();
        }
        if (readabilityConfig != null && !Objects.equals(normalise(readabilityConfig.file()),
                server.get().configFile())) {
            return Optional.empty();
        }
        Path folder = submissions.directory().resolve(submission.problemId());
        if (submission.explicitPath() != null && !normalise(submission.explicitPath()).equals(normalise(folder))) {
            return Optional.empty();
        }
        Optional<Map<String, String>> files = flatFiles(folder);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        boolean text = submission.format() == OutputFormat.text;
        return ServeClient.judge(server.get(), submission.problemId(), action, files.get(), text,
                        text && TextStyle.forTerminal().colour())
                .map(reply -> {
                    if (text) {
                        out.print(reply.body());
                    } else {
                        out.println(reply.body());
                    }
                    out.flush();
                    return ReportPrinter.exitCode(Verdict.valueOf(reply.verdict()));
                });
    }

    /** The server announced for these folders, if one is running. */
    static Optional<ServeRegistration> serverFor(Path problemsDir, Path submissionsDir) {
        return registry.get()
                .flatMap(registry -> ServeRegistration.find(registry, problemsDir, submissionsDir));
    }

    /** The folder's .java files by name, when they all sit at its top level (the page's model of a folder). */
    private static Optional<Map<String, String>> flatFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<SourceFile> sources;
        try {
            sources = SourceTrees.read(folder);
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the command reports it in its own words
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (SourceFile source : sources) {
            if (source.displayPath().contains("/")) {
                return Optional.empty();
            }
            files.put(source.displayPath(), source.content());
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(files);
    }

    private static Path normalise(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }
}
