package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.report.progress.StatusJson;
import dev.drilljudge.sandbox.SandboxLayers;
import dev.drilljudge.scoring.ClockText;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.session.Drill;
import dev.drilljudge.session.DrillService;
import dev.drilljudge.source.SourceTrees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * `judge start`: copies the starter into submissions/&lt;ID&gt;/ and starts the drill's clock; with --debug it hands out
 * a seeded bug to fix instead.
 */
@Command(name = "start", description = "Copy a problem's starter into submissions/<ID>/ and start a timed drill "
        + "(--debug: hand out broken code to fix).")
public final class StartCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Parameters(index = "0", paramLabel = "ID", description = "Problem id, e.g. two-sum.")
    String problemId;

    @Option(names = "--minutes", paramLabel = "N",
            description = "Time box in minutes (default: targetMinutes from problem.yaml; debug drills: "
                    + "easy 10, medium 15, hard 20).")
    Integer minutes;

    @Option(names = "--debug", description = "A debug drill: copy one of the problem's wrong solutions in, "
            + "find and fix the bug.")
    boolean debug;

    @Option(names = "--seed", paramLabel = "N", description = "With --debug: picks the seeded bug "
            + "(default: the time).")
    Long seed;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "both",
            description = "Which bar you practise for: meta, amazon or both; sets the overall score "
                    + "(default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--force", description = "Replace existing work in submissions/<ID>/ "
            + "(the old folder is kept under submissions/.judge/replaced/).")
    boolean force;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    public StartCommand() {
        this(Clock.systemUTC());
    }

    StartCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Style drillStyle = Style.fromLabel(style);
        ProblemPackage problem = problems.bank().get(problemId);
        DrillService service = new DrillService(submissions.directory(), clock);
        if (seed != null && !debug) {
            throw new BadInputException("--seed picks the seeded bug of a debug drill; add --debug or drop --seed");
        }
        if (debug) {
            startDebug(problem, service, seed != null ? seed : clock.millis(), minutes, force,
                    spec.commandLine().getOut());
            primeCompiledClasses(problem, service.paths().workDir(problem.id()));
            return ExitCodes.OK;
        }
        Drill drill = service.start(problem, minutes, drillStyle, force);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.println(DocumentJson.render(
                    StatusJson.started(drill, service.paths().workDir(problem.id()).toString())));
        } else {
            printIntro(out, problem, drill, drillStyle, service);
        }
        out.flush();
        primeCompiledClasses(problem, service.paths().workDir(problem.id()));
        return ExitCodes.OK;
    }

    private static void printIntro(PrintWriter out, ProblemPackage problem, Drill drill, Style drillStyle,
                                   DrillService service) {
        out.printf("Drill started: %s (%s, %s), %s on the clock.%n", problem.id(), problem.difficulty().label(),
                drillStyle.label(), ClockText.format(drill.targetSeconds()));
        out.printf("Your code: %s  ·  the statement: judge show %s%n",
                service.paths().workDir(problem.id()), problem.id());
        out.printf("`judge submit %s` counts an attempt (a compile error does not); `judge status` shows the clock.%n",
                problem.id());
    }

    /** Opens a debug drill and says what to do, never which bug it handed out. */
    static void startDebug(ProblemPackage problem, DrillService service, long seed, Integer minutes, boolean force,
                           PrintWriter out) {
        Drill drill = service.startDebug(problem, minutes, seed, force);
        out.printf("Debug drill started: %s (%s, seed %d), %s on the clock.%n", problem.id(),
                problem.difficulty().label(), seed, ClockText.format(drill.targetSeconds()));
        out.printf("%s holds a colleague's answer with one bug in it. Find it, fix it, change as little as you can.%n",
                service.paths().workDir(problem.id()));
        out.printf("`judge run %s` runs the samples (many bugs pass them); `judge repro %s \"<input>\"` runs one input "
                + "of yours;%n`judge submit %s --cause \"<the root cause>\"` judges the fix.%n", problem.id(), problem.id(),
                problem.id());
        out.flush();
    }

    /**
     * Compiles the starter against the tests into the user's cache while the candidate reads the statement: an
     * answer that keeps the starter's signatures finds its tests compiled on the first `run` and `submit`.
     */
    private static void primeCompiledClasses(ProblemPackage problem, Path workDir) {
        Optional<Path> cacheFolder = UserCacheFolder.forCompiledClasses();
        if (cacheFolder.isEmpty()) {
            return;
        }
        // Nothing runs here, so no worker: the OS sandbox need not be probed.
        try (JudgeEngine engine = new JudgeEngine(EngineOptions.interactive(cacheFolder), SandboxLayers.none())) {
            engine.precompile(problem, SourceTrees.read(workDir));
        } catch (RuntimeException notPrimed) {
            // Only speed depends on this: a starter that cannot be read or compiled is for `run` to report.
        }
    }
}
