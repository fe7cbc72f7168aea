package dev.drilljudge.cli;

import dev.drilljudge.app.BankVerifier;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.result.LimitCalibration;
import dev.drilljudge.app.LimitCalibrator;
import dev.drilljudge.report.submission.CalibrationJson;
import dev.drilljudge.report.submission.CalibrationText;
import dev.drilljudge.report.submission.TextStyle;
import dev.drilljudge.report.submission.VerificationJson;
import dev.drilljudge.report.submission.VerificationText;
import dev.drilljudge.result.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge verify`: every shipped solution gets the verdict its folder promises. */
@Command(name = "verify", description = "Check problem packages: accepted solutions pass, wrong ones fail, "
        + "slow ones time out, starters compile.")
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProblemsOption problems;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Problems to verify (default: the whole bank).")
    List<String> problemIds = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Option(names = "--calibrate", description = "Measure each accepted solution's CPU time per test and propose "
            + "the per-test limit (3x the slowest, at least 500 ms), showing how far each slow solution is from it.")
    boolean calibrate;

    @Override
    public Integer call() {
        EngineOptions options = EngineOptions.batch();
        if (calibrate) {
            try (JudgeEngine engine = new JudgeEngine(options)) {
                List<LimitCalibration> calibrations = new LimitCalibrator(engine).calibrate(problems.bank(), problemIds);
                out().print(format.json() ? CalibrationJson.render(calibrations) + "\n"
                        : new CalibrationText(TextStyle.forTerminal()).render(calibrations));
                return calibrations.stream().allMatch(calibration -> calibration.problemError().isEmpty())
                        ? ExitCodes.OK : ExitCodes.REJECTED;
            }
        }
        try (JudgeEngine engine = new JudgeEngine(options)) {
            VerificationReport report = new BankVerifier(engine, options.workerPoolSize())
                    .verify(problems.bank(), problemIds);
            if (format.json()) {
                out().println(VerificationJson.render(report));
            } else {
                out().print(new VerificationText(TextStyle.forTerminal()).render(report));
            }
            return report.passed() ? ExitCodes.OK : ExitCodes.REJECTED;
        }
    }

    /** What this command prints goes through picocli's writer, so a caller (or a test) can redirect it. */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
