package dev.drilljudge.report;

import dev.drilljudge.readability.Finding;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Judgement;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The grade as a Markdown summary for {@code $GITHUB_STEP_SUMMARY} or a merge-request note: one table row per
 * problem with its verdict, tests, both bars' scores, the most important findings and whether it meets the job's
 * thresholds.
 */
public final class MarkdownSummary {
    static final int TOP_FINDINGS = 3;
    static final String NONE = "—";

    /** Most severe first; among equals, the earliest in the file, as a reader would meet them. */
    static final Comparator<Finding> IMPORTANCE = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column);

    public String render(GradeSheet sheet) {
        StringBuilder out = new StringBuilder();
        out.append("## Drill Judge grade\n\n");
        out.append(sheet.acceptedCount()).append(" of ").append(sheet.submissions().size())
                .append(" problems accepted; ").append(sheet.passingCount()).append(" of ")
                .append(sheet.submissions().size()).append(" meet the thresholds.\n\n");
        if (!sheet.submissions().isEmpty()) {
            out.append("| Problem | Verdict | Tests | Meta | Amazon | Top findings | Thresholds |\n");
            out.append("|---|---|---|---|---|---|---|\n");
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

    private String row(GradedSubmission graded) {
        Judgement judgement = graded.report().judgement();
        Scorecard scores = graded.report().scores();
        return "| " + String.join(" | ",
                Markdown.cell(judgement.problemId()),
                (judgement.verdict().isAccepted() ? "✅ " : "❌ ") + Markdown.cell(judgement.verdict().name()),
                judgement.total() == 0 ? NONE : judgement.passed() + "/" + judgement.total(),
                scores == null ? NONE : meta(scores.meta(), graded.timingSelfReported()),
                scores == null ? NONE : Integer.toString(scores.amazon().total()),
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
