package dev.drilljudge.cli;

import dev.drilljudge.BadInputException;
import dev.drilljudge.app.GradeMerge;
import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.grade.GradeJsonReader;
import dev.drilljudge.result.GradeSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * `judge merge-grades`: the `--json` reports of a cohort's shards merged into every report format, with the same
 * exit rules as `judge grade` (0 when every row meets the thresholds, 1 otherwise, 2 for bad input).
 */
@Command(name = "merge-grades", mixinStandardHelpOptions = true,
        description = {"Merge the --json reports of `judge grade --cohort DIR --shard K/N` into every report format.",
                "Thresholds and --expect apply to the merged rows; exits 1 when a row misses one."})
public final class MergeGradesCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(paramLabel = "FILE.json", arity = "1..*", description = "The shards' --json reports.")
    List<Path> files = new ArrayList<>();

    @Mixin
    AssignmentOptions assignment;

    @Option(names = "--problems", paramLabel = "DIR",
            description = "The bank: every --expect id must be one of its problems (optional; without it the ids are "
                    + "taken as given, since the merge job may not check the bank out).")
    Path problemsDir;

    @Mixin
    GradeReportFiles reports;

    @Mixin
    ThresholdOptions thresholdOptions;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public MergeGradesCommand() {
        this(System.getenv());
    }

    MergeGradesCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        var thresholds = thresholdOptions.thresholds();
        reports.validate();
        var expected = assignment.expectedIds();
        if (problemsDir != null) {
            requireInBank(expected, problemsDir);
        }
        Map<String, GradeSheet> sheets = new LinkedHashMap<>();
        for (Path file : files) {
            if (sheets.put(file.toString(), read(file)) != null) {
                throw new BadInputException(file + ": given twice; give each shard's JSON once");
            }
        }
        GradeSheet merged = GradeMerge.merge(sheets, expected, thresholds);
        return GradeOutputs.publish(merged, -1, reports, environment, spec.commandLine().getOut());
    }

    /** Before any file is read: a typo in the assignment is bad input, as in `judge grade`, not a failed row. */
    private static void requireInBank(Set<String> expected, Path problemsDir) {
        Set<String> bank = ProblemBank.open(problemsDir).problemsRequired().stream().map(ProblemPackage::id)
                .collect(Collectors.toSet());
        for (String id : expected) {
            if (!bank.contains(id)) {
                throw new BadInputException("--expect " + id + ": no problem '" + id + "' in the bank " + problemsDir
                        + "; check the id against `judge list --problems " + problemsDir + "`");
            }
        }
    }

    private static GradeSheet read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file; give the --json reports of `judge grade`");
        }
        try {
            JsonNode document = JSON.readTree(file.toFile());
            return new GradeJsonReader().read(document);
        } catch (JacksonException e) {
            throw new BadInputException(file + ": not JSON (" + e.getOriginalMessage() + "); give the --json "
                    + "reports of `judge grade`", e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": not a `judge grade --json` report (" + e.getMessage() + ")", e);
        }
    }
}
