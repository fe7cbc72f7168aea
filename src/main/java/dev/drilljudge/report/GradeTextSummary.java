package dev.drilljudge.report;

import dev.drilljudge.result.GradeSheet;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The grade as plain text for the terminal and the CI log: one line per problem, then the totals. */
public final class GradeTextSummary {

    public List<String> render(GradeSheet sheet, long wallMs) {
        List<String> lines = new ArrayList<>();
        int width = sheet.submissions().stream().mapToInt(graded -> graded.problemId().length()).max().orElse(0);
        for (GradedSubmission graded : sheet.submissions()) {
            lines.add(line(graded, width));
        }
        int count = sheet.submissions().size();
        double seconds = wallMs / 1000.0;
        lines.add(String.format(Locale.ROOT, "Graded %d %s in %.1f s (%.1f submissions/s): %d accepted, %d of %d meet the thresholds.",
                count, count == 1 ? "problem" : "problems", seconds, seconds == 0 ? 0.0 : count / seconds,
                sheet.acceptedCount(), sheet.passingCount(), count));
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
        line.append(String.format(Locale.ROOT, "%-" + Math.max(width, 1) + "s  %-21s %s", graded.problemId(),
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
