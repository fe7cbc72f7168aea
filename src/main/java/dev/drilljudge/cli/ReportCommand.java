package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.report.progress.HtmlProgressReport;
import dev.drilljudge.report.progress.ProgressJson;
import dev.drilljudge.report.progress.ProgressText;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.session.HistoryLog;
import dev.drilljudge.session.ProgressReport;
import dev.drilljudge.session.SkippedLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** `judge report`: progress over weeks from the history, as text and optionally as a self-contained HTML page. */
@Command(name = "report", description = "Show your progress: per problem, weekly trends, the readability rules "
        + "you break most; --html writes a self-contained page with charts.")
public final class ReportCommand implements Callable<Integer> {
    /** Accepted like on every command, so scripts can pass one bank everywhere; this command does not read it. */
    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as an HTML page to FILE.")
    Path htmlFile;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    /** Weeks are counted in the machine's time zone: a practice week starts on the candidate's Monday. */
    public ReportCommand() {
        this(Clock.systemDefaultZone());
    }

    ReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        DrillService service = new DrillService(submissions.directory(), clock);
        HistoryLog log = service.history();
        PrintWriter err = spec.commandLine().getErr();
        String historyName = service.paths().historyFile().toString();
        for (SkippedLine skipped : log.skipped()) {
            err.println("judge: warning: " + skipped.describe(historyName));
        }
        err.flush();
        ProgressReport report = ProgressReport.from(log, clock.getZone());
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.println(DocumentJson.render(ProgressJson.toJson(report)));
        } else {
            ProgressText.lines(report).forEach(out::println);
        }
        if (htmlFile != null) {
            writeHtml(report);
            if (!format.json()) {
                out.println("HTML report written to " + htmlFile);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void writeHtml(ProgressReport report) {
        try {
            Path parent = htmlFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(htmlFile, StandardCharsets.UTF_8)) {
                HtmlProgressReport.write(report, clock.instant(), writer);
            }
        } catch (IOException e) {
            throw new BadInputException("--html " + htmlFile + ": cannot write the file (" + e.getMessage()
                    + "); give a writable path", e);
        }
    }
}
