package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.app.BatchGrader;
import dev.drilljudge.app.ReadabilityChecks;
import dev.drilljudge.app.SubmissionEvaluator;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.GradeRequest;
import dev.drilljudge.app.GradeResult;
import dev.drilljudge.app.GradeThresholds;
import dev.drilljudge.app.Cohort;
import dev.drilljudge.app.CohortShard;
import dev.drilljudge.app.PracticeRepo;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.CiText;
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
import java.util.Set;
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
            description = "Grade only these problem ids (comma-separated); one with no folder is NOT_SUBMITTED.")
    List<String> only = new ArrayList<>();

    @Option(names = "--cohort", paramLabel = "DIR",
            description = "Grade a cohort: DIR/<student>/ is each student's practice repo, with its submissions/.")
    Path cohort;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "With --cohort: grade only the K-th of N parts of the cohort, by a hash of the student name.")
    String shard;

    @Mixin
    AssignmentOptions assignment;

    @Mixin
    GradeReportFiles reports;

    @Mixin
    ThresholdOptions thresholdOptions;

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
        GradeThresholds thresholds = thresholdOptions.thresholds();
        reports.validate();
        Set<String> expected = assignment.expectedIds();
        CohortShard part = shard == null ? CohortShard.ALL : CohortShard.parse(shard);
        if (shard != null && cohort == null) {
            throw new BadInputException("--shard " + shard + ": shards split a cohort; give --cohort DIR too");
        }
        List<ProblemPackage> bank = problems.bank().problemsRequired();
        GradeRequest request = cohort == null
                ? new GradeRequest(List.of(new PracticeRepo("", submissions)), false, PracticeRepo.rootOf(submissions),
                problems.directory(), bank, new LinkedHashSet<>(only), expected, thresholds)
                : new GradeRequest(Cohort.repos(cohort, part), true, cohort, problems.directory(), bank,
                new LinkedHashSet<>(only), expected, thresholds);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (request.repos().isEmpty()) {
            out.println("Shard " + part + " holds no student of " + cohort + "; nothing to grade in this shard.");
        }

        GradeResult result;
        try (ManagedGrader grader = graders.open();
             GradeProgressDisplay progress = GradeProgressDisplay.create(onTerminal, environment, System.err, out)) {
            result = grader.grader().grade(request, progress);
        }
        result.historyWarnings().forEach(warning -> err.println("judge: warning: " + CiText.line(warning)));
        return GradeOutputs.publish(result.sheet(), result.wallMs(), reports, environment, out);
    }

    /** The grader with the real engine: a pool of worker JVMs sized to the cores, reused across submissions. */
    private static ManagedGrader engineGrader() {
        EngineOptions options = EngineOptions.grading();
        JudgeEngine engine = new JudgeEngine(options);
        return new ManagedGrader(grader(engine, options), engine);
    }

    /** Grades with this engine, readability and scoring, as many submissions at a time as the engine has workers. */
    static BatchGrader grader(JudgeEngine engine, EngineOptions options) {
        return new BatchGrader(new SubmissionEvaluator(engine, ReadabilityChecks.forGrading(),
                SubmissionEvaluator.STANDARD_SCORING, false), GradeWiring.parallelism(options));
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
