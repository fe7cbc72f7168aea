package dev.drilljudge.cli;

import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.report.progress.SessionText;
import dev.drilljudge.report.progress.StatusJson;
import dev.drilljudge.session.SessionView;
import dev.drilljudge.session.DrillService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

/** `judge status`: each open drill's clock and attempts, and the open mock round. */
@Command(name = "status", description = "Show the open drills and mock round: elapsed, remaining, attempts.")
public final class StatusCommand implements Callable<Integer> {
    /** Accepted like on every command, so scripts can pass one bank everywhere; this command does not read it. */
    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;


    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    public StatusCommand() {
        this(Clock.systemUTC());
    }

    StatusCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DrillService service = new DrillService(submissions.directory(), clock);
        if (format.json()) {
            SessionView view = service.view();
            out.println(DocumentJson.render(
                    StatusJson.toJson(view, service.history().lastRoundSummary().orElse(null))));
        } else {
            SessionText.lines(service.view()).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
