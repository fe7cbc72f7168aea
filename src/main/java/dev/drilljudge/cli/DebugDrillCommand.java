package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.debug.SeededBugs;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.session.DrillService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/** `judge debug-drill`: a debug drill on a problem you have not debugged yet, picked for you. */
@Command(name = "debug-drill", description = "Start a debug drill on a problem you have not debugged yet "
        + "(like `judge start <id> --debug`, the problem picked for you).")
public final class DebugDrillCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Option(names = "--style", paramLabel = "STYLE", description = "Only meta, amazon or pe problems, as in `mock`.")
    String style;

    @Option(names = "--seed", paramLabel = "N", description = "Picks the problem and its seeded bug "
            + "(default: the time).")
    Long seed;

    @Option(names = "--minutes", paramLabel = "N", description = "Time box (default: easy 10, medium 15, hard 20).")
    Integer minutes;

    @Option(names = "--force", description = "Replace existing work in the picked problem's folder "
            + "(kept under submissions/.judge/replaced/).")
    boolean force;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    public DebugDrillCommand() {
        this(Clock.systemUTC());
    }

    DebugDrillCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        ProblemBank bank = problems.bank();
        DrillService service = new DrillService(submissions.directory(), clock);
        Set<String> debugged = service.history().debuggedProblems();
        List<ProblemPackage> candidates = bank.problems().stream()
                .filter(problem -> style == null || problem.hasTag(style))
                .filter(SeededBugs::debuggable)
                .filter(problem -> !debugged.contains(problem.id()))
                .toList();
        if (candidates.isEmpty()) {
            throw new BadInputException("no problem left to debug" + (style == null ? "" : " with --style " + style)
                    + ": you have debugged all " + debugged.size() + "; run `judge start <id> --debug` to debug one again");
        }
        long drillSeed = seed != null ? seed : clock.millis();
        ProblemPackage problem = candidates.get(new Random(drillSeed).nextInt(candidates.size()));
        StartCommand.startDebug(problem, service, drillSeed, minutes, force, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
