package dev.drilljudge.cli;

import dev.drilljudge.app.BankVerifier;
import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.report.TextStyle;
import dev.drilljudge.report.VerificationJson;
import dev.drilljudge.report.VerificationText;
import dev.drilljudge.result.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `judge verify`: every shipped solution gets the verdict its folder promises. */
@Command(name = "verify", description = "Check problem packages: accepted solutions pass, wrong ones fail, "
        + "slow ones time out, starters compile.")
public final class VerifyCommand implements Callable<Integer> {
    @Mixin
    ProblemsOption problems;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Problems to verify (default: the whole bank).")
    List<String> problemIds = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        EngineOptions options = EngineOptions.batch();
        try (JudgeEngine engine = new JudgeEngine(options)) {
            VerificationReport report = new BankVerifier(engine, options.workerPoolSize())
                    .verify(problems.bank(), problemIds);
            if (format == OutputFormat.json) {
                System.out.println(VerificationJson.render(report));
            } else {
                System.out.print(new VerificationText(TextStyle.forTerminal()).render(report));
            }
            return report.passed() ? ExitCodes.OK : ExitCodes.REJECTED;
        }
    }
}
