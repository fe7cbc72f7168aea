package dev.drilljudge.cli;

import dev.drilljudge.report.JsonReport;
import dev.drilljudge.report.TextReport;
import dev.drilljudge.report.TextStyle;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.Verdict;

/** Prints a report in the chosen format and maps its verdict to the exit code. */
final class ReportPrinter {
    private ReportPrinter() {
    }

    static void print(JudgeReport report, OutputFormat format) {
        if (format == OutputFormat.json) {
            System.out.println(JsonReport.render(report));
        } else {
            System.out.print(new TextReport(TextStyle.forTerminal()).render(report));
        }
    }

    static int exitCode(Judgement judgement) {
        if (judgement.verdict() == Verdict.ACCEPTED) {
            return ExitCodes.OK;
        }
        return judgement.verdict() == Verdict.JUDGE_ERROR ? ExitCodes.JUDGE_ERROR : ExitCodes.REJECTED;
    }
}
