package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.app.BatchGrader;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.GradeRequest;
import dev.drilljudge.app.GradeResult;
import dev.drilljudge.app.GradeThresholds;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.CiText;
import dev.drilljudge.report.GithubAnnotations;
import dev.drilljudge.report.GradeTextSummary;
import dev.drilljudge.report.SarifReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * `judge grade`: grades every submissions/&lt;id&gt;/ of a practice repo against a bank's hidden tests and writes the
 * CI-native reports. Exit 0 when every graded problem meets the thresholds, 1 otherwise, 2 for bad input.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade every submissions/<id>/ of a practice repo against the bank's hidden tests, for CI.",
                "Writes JUnit XML, SARIF, JSON and Markdown reports; exits 1 when a problem misses a threshold."})
public final class GradeCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Option(names = "--submissions", paramLabel = "DIR", defaultValue = "submissions",
            description = "The practice repo's submissions folder, one folder per problem id (default: ${DEFAULT-VALUE}).")
    Path submissions;

    @Option(names = "--only", paramLabel = "ID", split = ",",
            description = "Grade only these problem ids (comma-separated).")
    List<String> only = new ArrayList<>();

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Write JUnit XML: one testsuite per problem.")
    Path junitXml;

    @Option(names = "--sarif", paramLabel = "FILE", description = "Write SARIF 2.1.0: findings and compile errors.")
    Path sarif;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the full result model as JSON.")
    Path json;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Write a Markdown summary table (e.g. for $GITHUB_STEP_SUMMARY).")
    Path markdown;

    @Option(names = "--require-accepted", description = "Fail unless every graded problem is ACCEPTED.")
    boolean requireAccepted;

    @Option(names = "--fail-under-meta", paramLabel = "N", description = "Fail a problem whose Meta score is below N.")
    Integer failUnderMeta;

    @Option(names = "--fail-under-amazon", paramLabel = "N",
            description = "Fail a problem whose Amazon score is below N.")
    Integer failUnderAmazon;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final GraderFactory graders;
    private final boolean onTerminal;

    public GradeCommand() {
        this(System.getenv(), GradeCommand::engineGrader, System.console() != null);
    }

    GradeCommand(Map<String, String> environment, GraderFactory graders, boolean onTerminal) {
        this.environment = Map.copyOf(environment);
        this.graders = graders;
        this.onTerminal = onTerminal;
    }

    @Override
    public Integer call() throws Exception {
        GradeThresholds thresholds = new GradeThresholds(requireAccepted, score("--fail-under-meta", failUnderMeta),
                score("--fail-under-amazon", failUnderAmazon));
        List<ProblemPackage> bank = problems.bank().problems();
        GradeRequest request = new GradeRequest(submissions, Path.of("").toAbsolutePath(), bank,
                new LinkedHashSet<>(only), thresholds);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        GradeResult result;
        try (ManagedGrader grader = graders.open();
             GradeProgressDisplay progress = GradeProgressDisplay.create(onTerminal, System.err, out)) {
            result = grader.grader().grade(request, progress);
        }
        result.historyWarnings().forEach(warning -> err.println("judge: warning: " + CiText.line(warning)));
        new GradeTextSummary().render(result.sheet(), result.wallMs()).forEach(out::println);
        new GradeReportFiles(junitXml, sarif, json, markdown)
                .write(result.sheet(), new SarifReport(GradeWiring.ruleDescriptions(), JudgeVersion.current()));
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            new GithubAnnotations().render(result.sheet()).forEach(out::println);
        }
        out.flush();
        return result.passed() ? ExitCodes.OK : ExitCodes.REJECTED;
    }

    private static OptionalInt score(String option, Integer value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value < 0 || value > 100) {
            throw new BadInputException(option + " " + value + ": give a score from 0 to 100");
        }
        return OptionalInt.of(value);
    }

    /** The grader with the real engine: a pool of worker JVMs sized to the cores, reused across submissions. */
    private static ManagedGrader engineGrader() {
        EngineOptions options = EngineOptions.grading();
        JudgeEngine engine = new JudgeEngine(options);
        return new ManagedGrader(grader(engine, options), engine);
    }

    /** Grades with this engine, readability and scoring, as many submissions at a time as the engine has workers. */
    static BatchGrader grader(JudgeEngine engine, EngineOptions options) {
        return new BatchGrader(engine, GradeWiring.readability(), GradeWiring.scorer(),
                GradeWiring.parallelism(options));
    }

    /** Opens the grader for one command run; tests substitute one without worker JVMs. */
    @FunctionalInterface
    interface GraderFactory {
        ManagedGrader open();
    }

    /** A grader and what must be closed after it (the engine's worker pool). */
    record ManagedGrader(BatchGrader grader, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            resources.close();
        }
    }
}
