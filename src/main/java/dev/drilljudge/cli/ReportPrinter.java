package dev.drilljudge.cli;

import dev.drilljudge.report.submission.JsonReport;
import dev.drilljudge.report.submission.TextReport;
import dev.drilljudge.report.submission.TextStyle;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.Verdict;

import java.io.PrintWriter;

/** Prints a report in the chosen format and maps its verdict to the exit code. */
final class ReportPrinter {
    private ReportPrinter() {
    }

    static void print(JudgeReport report, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.json) {
            out.println(JsonReport.render(report));
        } else {
            out.print(new TextReport(TextStyle.forTerminal()).render(report));
        }
        out.flush();
    }

    static int exitCode(Judgement judgement) {
        return exitCode(judgement.verdict());
    }

    static int exitCode(Verdict verdict) {
        if (verdict == Verdict.ACCEPTED) {
            return ExitCodes.OK;
        }
        return verdict == Verdict.JUDGE_ERROR ? ExitCodes.JUDGE_ERROR : ExitCodes.REJECTED;
    }
}
