package dev.drilljudge.cli;

import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.DocumentJson;
import dev.drilljudge.report.StatusJson;
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

/** `judge start`: copies the starter into submissions/&lt;ID&gt;/ and starts the drill's clock. */
@Command(name = "start", description = "Copy a problem's starter into submissions/<ID>/ and start a timed drill.")
public final class StartCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Mixin
    SubmissionsOption submissions;

    @Parameters(index = "0", paramLabel = "ID", description = "Problem id, e.g. two-sum.")
    String problemId;

    @Option(names = "--minutes", paramLabel = "N",
            description = "Time box in minutes (default: targetMinutes from problem.yaml).")
    Integer minutes;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "both",
            description = "Which bar you practise for: meta, amazon or both; sets the overall score "
                    + "(default: ${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--force", description = "Replace existing work in submissions/<ID>/ "
            + "(the old folder is kept under submissions/.judge/replaced/).")
    boolean force;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

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
        Drill drill = service.start(problem, minutes, drillStyle, force);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
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
