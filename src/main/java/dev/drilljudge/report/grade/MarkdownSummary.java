package dev.drilljudge.report.grade;

import dev.drilljudge.report.Markdown;
import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Judgement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The grade as a Markdown summary for {@code $GITHUB_STEP_SUMMARY} or a merge-request note: one table row per
 * problem with its verdict, tests, both bars' scores, the most important findings and whether it meets the job's
 * thresholds.
 */
public final class MarkdownSummary implements GradeReportFormat {
    static final int TOP_FINDINGS = 3;
    static final String NONE = "—";

    /** Most severe first; among equals, the earliest in the file, as a reader would meet them. */
    static final Comparator<Finding> IMPORTANCE = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column);

    @Override
    public String optionName() {
        return "--markdown";
    }

    @Override
    public String render(GradeSheet sheet) {
        StringBuilder out = new StringBuilder();
        out.append("## Drill Judge grade\n\n");
        int rows = sheet.submissions().size();
        if (sheet.cohort()) {
            out.append(sheet.students().size()).append(sheet.students().size() == 1 ? " student, " : " students, ");
        }
        out.append(sheet.acceptedCount()).append(" of ").append(rows).append(" problems accepted; ");
        if (sheet.notSubmittedCount() > 0) {
            out.append(sheet.notSubmittedCount()).append(" not submitted; ");
        }
        out.append(sheet.passingCount()).append(" of ").append(rows).append(" meet the thresholds.\n\n");
        if (sheet.cohort()) {
            cohortTable(sheet, out);
        } else if (!sheet.submissions().isEmpty()) {
            out.append("| Problem | Verdict | Tests | Meta | Amazon | Why | Top findings | Thresholds |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            for (GradedSubmission graded : sheet.submissions()) {
                out.append(row(graded)).append('\n');
            }
        }
        if (sheet.submissions().stream().anyMatch(GradedSubmission::timingSelfReported)) {
            out.append("\nTimes marked *self-reported* come from the committed `submissions/.judge/history.jsonl`; "
                    + "the grader cannot verify them.\n");
        }
        if (!sheet.unknownFolders().isEmpty()) {
            out.append("\nNot graded (no problem of that id in the bank): ")
                    .append(sheet.unknownFolders().stream().map(Markdown::code)
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return out.toString();
    }

    /** One row per student, one column per problem; then every failed row with why it failed. */
    private void cohortTable(GradeSheet sheet, StringBuilder out) {
        List<String> problems = sheet.problemIds();
        Map<String, Map<String, GradedSubmission>> byStudent = new TreeMap<>();
        sheet.students().forEach(student -> byStudent.put(student, new TreeMap<>()));
        for (GradedSubmission graded : sheet.submissions()) {
            byStudent.computeIfAbsent(graded.student(), student -> new TreeMap<>()).put(graded.problemId(), graded);
        }
        out.append("| Student | ")
                .append(problems.stream().map(Markdown::cell).collect(Collectors.joining(" | ")))
                .append(problems.isEmpty() ? "" : " | ").append("Passed |\n");
        out.append("|---|").append("---|".repeat(problems.size())).append("---|\n");
        for (Map.Entry<String, Map<String, GradedSubmission>> student : byStudent.entrySet()) {
            Map<String, GradedSubmission> rows = student.getValue();
            out.append("| ").append(Markdown.cell(student.getKey())).append(" | ");
            for (String problem : problems) {
                GradedSubmission graded = rows.get(problem);
                out.append(graded == null ? NONE : cohortCell(graded)).append(" | ");
            }
            long passing = rows.values().stream().filter(GradedSubmission::meetsThresholds).count();
            out.append(rows.isEmpty() ? "nothing graded" : passing + "/" + rows.size()).append(" |\n");
        }
        List<GradedSubmission> failed = sheet.submissions().stream()
                .filter(graded -> !graded.meetsThresholds() || !graded.report().judgement().verdict().isAccepted())
                .toList();
        if (!failed.isEmpty()) {
            out.append("\n### Why\n\n");
            for (GradedSubmission graded : failed) {
                String reason = FailureReason.of(graded);
                out.append("- `").append(Markdown.cell(graded.rowName())).append("`: ")
                        .append(Markdown.cell(reason.isEmpty() ? String.join("; ", graded.unmetThresholds()) : reason));
                if (!graded.meetsThresholds() && !reason.isEmpty()) {
                    out.append(" (**fail**: ").append(Markdown.cell(String.join("; ", graded.unmetThresholds())))
                            .append(')');
                }
                out.append('\n');
            }
        }
    }

    private static String cohortCell(GradedSubmission graded) {
        Judgement judgement = graded.report().judgement();
        Scorecard scores = graded.report().scores();
        StringBuilder cell = new StringBuilder(graded.meetsThresholds() && judgement.verdict().isAccepted()
                ? "✅ " : "❌ ");
        cell.append(judgement.verdict().name());
        if (judgement.total() > 0) {
            cell.append(' ').append(judgement.passed()).append('/').append(judgement.total());
        }
        if (scores != null) {
            cell.append("<br>Meta ").append(scores.meta().total()).append(" · Amazon ").append(scores.amazon().total());
        }
        return cell.toString();
    }

    private String row(GradedSubmission graded) {
        Judgement judgement = graded.report().judgement();
        Scorecard scores = graded.report().scores();
        String reason = FailureReason.of(graded);
        return "| " + String.join(" | ",
                Markdown.cell(judgement.problemId()),
                (judgement.verdict().isAccepted() ? "✅ " : "❌ ") + Markdown.cell(judgement.verdict().name()),
                judgement.total() == 0 ? NONE : judgement.passed() + "/" + judgement.total(),
                scores == null ? NONE : meta(scores.meta(), graded.timingSelfReported()),
                scores == null ? NONE : Integer.toString(scores.amazon().total()),
                reason.isEmpty() ? NONE : Markdown.cell(reason),
                topFindings(graded.report().readability()),
                graded.meetsThresholds() ? "pass" : "**fail**: " + Markdown.cell(String.join("; ",
                        graded.unmetThresholds())))
                + " |";
    }

    private static String meta(MetaScore meta, boolean selfReported) {
        if (!meta.timed()) {
            return meta.total() + " (not timed)";
        }
        return selfReported ? meta.total() + " (self-reported time)" : Integer.toString(meta.total());
    }

    private static String topFindings(Readability readability) {
        if (readability == null || readability.findings().isEmpty()) {
            return NONE;
        }
        List<Finding> top = readability.findings().stream().sorted(IMPORTANCE).limit(TOP_FINDINGS).toList();
        String shown = top.stream()
                .map(finding -> "`" + Markdown.cell(finding.ruleId()) + "` " + Markdown.cell(finding.file()) + ":" + finding.line())
                .collect(Collectors.joining("<br>"));
        int more = readability.findings().size() - top.size();
        return more > 0 ? shown + "<br>+" + more + " more" : shown;
    }
}
