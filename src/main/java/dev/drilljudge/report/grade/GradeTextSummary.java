package dev.drilljudge.report.grade;

import dev.drilljudge.report.CiText;
import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The grade as plain text for the terminal and the CI log: one line per problem (and, under a failed one, why it
 * failed), then the totals.
 */
public final class GradeTextSummary {

    /** @param wallMs how long grading took, or -1 when unknown (merged shards) */
    public List<String> render(GradeSheet sheet, long wallMs) {
        List<String> lines = new ArrayList<>();
        int width = sheet.submissions().stream().mapToInt(graded -> graded.rowName().length()).max().orElse(0);
        for (GradedSubmission graded : sheet.submissions()) {
            lines.add(line(graded, width));
            String reason = FailureReason.of(graded);
            if (!reason.isEmpty()) {
                lines.add("        " + CiText.line(reason));
            }
        }
        int count = sheet.submissions().size();
        double seconds = wallMs / 1000.0;
        String notSubmitted = sheet.notSubmittedCount() == 0 ? ""
                : String.format(Locale.ROOT, ", %d not submitted", sheet.notSubmittedCount());
        String time = wallMs < 0 ? ""
                : String.format(Locale.ROOT, " in %.1f s (%.1f submissions/s)", seconds, seconds == 0 ? 0.0 : count / seconds);
        lines.add(String.format(Locale.ROOT, "Graded %d %s%s: %d accepted%s, %d of %d meet the thresholds.",
                count, count == 1 ? "problem" : "problems", time, sheet.acceptedCount(), notSubmitted,
                sheet.passingCount(), count));
        if (!sheet.unknownFolders().isEmpty()) {
            lines.add("Not graded (no problem of that id in the bank): " + sheet.unknownFolders().stream().map(CiText::line).collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static String line(GradedSubmission graded, int width) {
        Judgement judgement = graded.report().judgement();
        Scorecard scores = graded.report().scores();
        StringBuilder line = new StringBuilder();
        line.append(graded.meetsThresholds() ? "  pass  " : "  FAIL  ");
        line.append(String.format(Locale.ROOT, "%-" + Math.max(width, 1) + "s  %-21s %s", graded.rowName(),
                judgement.verdict().name(), judgement.total() == 0 ? "-" : judgement.passed() + "/" + judgement.total() + " tests"));
        if (scores != null) {
            line.append("  Meta ").append(scores.meta().total());
            if (!scores.meta().timed()) {
                line.append(" (not timed)");
            } else if (graded.timingSelfReported()) {
                line.append(" (self-reported time)");
            }
            line.append("  Amazon ").append(scores.amazon().total());
        }
        if (!graded.meetsThresholds()) {
            line.append("  <- ").append(String.join("; ", graded.unmetThresholds()));
        }
        return line.toString();
    }
}
