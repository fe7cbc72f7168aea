package dev.drilljudge.cli;

import dev.drilljudge.report.grade.GithubAnnotations;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.report.grade.GradeTextSummary;
import dev.drilljudge.report.grade.GradeReportFormats;

import java.io.PrintWriter;
import java.util.Map;

/** What `grade` and `merge-grades` print and write once a sheet is complete, and the exit code it gives. */
final class GradeOutputs {
    private GradeOutputs() {
    }

    static int publish(GradeSheet sheet, long wallMs, GradeReportFiles reports, Map<String, String> environment,
                       PrintWriter out) {
        new GradeTextSummary().render(sheet, wallMs).forEach(out::println);
        reports.write(sheet, GradeReportFormats.all(GradeWiring.ruleDescriptions(), JudgeVersion.current()));
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            new GithubAnnotations().render(sheet).forEach(out::println);
        }
        out.flush();
        return sheet.allPass() ? ExitCodes.OK : ExitCodes.REJECTED;
    }
}
