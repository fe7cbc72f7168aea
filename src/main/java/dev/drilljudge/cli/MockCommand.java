package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.report.progress.MockRoundText;
import dev.drilljudge.report.progress.StatusJson;
import dev.drilljudge.report.progress.SessionText;
import dev.drilljudge.scoring.ClockText;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.session.MockRound;
import dev.drilljudge.session.MockRoundPlanner;
import dev.drilljudge.session.SessionView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge mock`: a mock interview round on one clock; shows the open round instead of starting another. */
@Command(name = "mock", description = "Start a 45-minute mock round (Meta: two problems; Amazon: one), "
        + "or show the one that is open.")
public final class MockCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Option(names = "--style", paramLabel = "STYLE", description = "meta or amazon.")
    String style;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for picking the problems (default: the time).")
    Long seed;

    @Option(names = "--force", description = "Replace existing work in the picked problems' folders "
            + "(the old folders are kept under submissions/.judge/replaced/).")
    boolean force;

    @Option(names = "--last", description = "Show the summary of the last finished round.")
    boolean last;

    @Option(names = "--with-debug", description = "Meta: make the second problem a debug drill (a seeded bug to "
            + "fix); without it the seed decides, one round in four.")
    boolean withDebug;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    public MockCommand() {
        this(Clock.systemUTC());
    }

    MockCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            return run(out);
        } finally {
            out.flush();
        }
    }

    private int run(PrintWriter out) {
        DrillService service = new DrillService(submissions.directory(), clock);
        SessionView view = service.view();
        if (view.roundJustClosed() != null) {
            MockRoundText.lines(view.roundJustClosed()).forEach(out::println);
        }
        if (last) {
            if (view.roundJustClosed() == null) {
                service.history().lastRoundSummary().ifPresentOrElse(
                        summary -> MockRoundText.lines(summary).forEach(out::println),
                        () -> out.println("No mock round has finished yet."));
            }
            return ExitCodes.OK;
        }
        if (view.state().round() != null && format.json()) {
            out.println(DocumentJson.render(StatusJson.toJson(view, null)));
            return ExitCodes.OK;
        }
        if (view.state().round() != null) {
            out.println("A mock round is already open; finish it before starting another.");
            SessionText.roundLines(view).forEach(out::println);
            return ExitCodes.OK;
        }
        if (style == null) {
            throw new BadInputException("judge mock needs --style meta or --style amazon to start a round");
        }
        Style roundStyle = Style.fromLabel(style);
        long roundSeed = seed != null ? seed : clock.millis();
        ProblemBank bank = problems.bank();
        List<MockRoundPlanner.PlannedProblem> plan =
                MockRoundPlanner.plan(roundStyle, bank.problems(), roundSeed, bank.root().toString(), withDebug);
        MockRound round = service.startRound(roundStyle, plan, roundSeed, force);
        if (format.json()) {
            out.println(DocumentJson.render(StatusJson.toJson(service.view(), null)));
        } else {
            printIntro(out, service, round, plan);
        }
        return ExitCodes.OK;
    }

    private static void printIntro(PrintWriter out, DrillService service, MockRound round,
                                   List<MockRoundPlanner.PlannedProblem> plan) {
        out.printf("Mock round started (%s, seed %d): %s on the clock.%n", round.style().label(), round.seed(),
                ClockText.format(round.durationSeconds()));
        for (int i = 0; i < plan.size(); i++) {
            MockRoundPlanner.PlannedProblem planned = plan.get(i);
            out.printf("  %d. %-24s %-6s due at %s  %s%s%n", i + 1, planned.problem().id(),
                    planned.problem().difficulty().label(), ClockText.format(planned.targetSeconds()),
                    service.paths().workDir(planned.problem().id()),
                    planned.debug() ? "  (debug: a colleague's code with one bug; fix it, do not rewrite)" : "");
        }
        out.println(round.style() == Style.META
                ? "Write as if in a plain shared document: here a COMPILE_ERROR counts as a rejected attempt."
                : "Edge cases and error handling weigh more in this round's Amazon score.");
        out.println("Submit each with `judge submit <id>`; `judge status` shows the round clock.");
    }
}
