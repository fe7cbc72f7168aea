package dev.drilljudge.report.progress;

import dev.drilljudge.scoring.ClockText;
import dev.drilljudge.scoring.Wording;
import dev.drilljudge.session.ProgressReport;

import java.util.ArrayList;
import java.util.List;

/** `judge report` as text: one line per problem, weekly trends, the readability rules most often broken. */
public final class ProgressText {
    private ProgressText() {
    }

    public static List<String> lines(ProgressReport report) {
        List<String> lines = new ArrayList<>();
        if (report.isEmpty()) {
            lines.add("No attempts yet: `judge start <id>`, then `judge submit <id>`, and the report fills in.");
            return lines;
        }
        lines.add("Problems");
        for (ProgressReport.ProblemProgress problem : report.problems()) {
            String best = problem.bestSolveSeconds() == null
                    ? "not solved in a drill"
                    : "best " + ClockText.format(problem.bestSolveSeconds()) + " of "
                    + ClockText.format(problem.targetSeconds());
            lines.add(String.format("  %-24s %-22s %3d attempt%s  best Meta %3d  best Amazon %3d", problem.problem(),
                    best, problem.attempts(), problem.attempts() == 1 ? " " : "s", problem.bestMeta(),
                    problem.bestAmazon()));
        }
        lines.add("Weekly trends");
        for (ProgressReport.WeekTrend week : report.weeks()) {
            String solveTime = week.solvePercentOfTarget() == null
                    ? "no timed solve"
                    : "solve time " + week.solvePercentOfTarget() + "% of target";
            lines.add(String.format("  %s  %3d attempt%s  %3d accepted  Meta avg %3d  Amazon avg %3d  %s",
                    week.week(), week.attempts(), week.attempts() == 1 ? " " : "s", week.accepted(), week.meanMeta(),
                    week.meanAmazon(), solveTime));
        }
        if (!report.debugFixes().isEmpty()) {
            lines.add("Debug drills: " + Wording.plural(report.debugFixes().size(), "bug") + " fixed, "
                    + (report.debugFixes().size() - report.debugRewrites()) + " by a fix, " + report.debugRewrites()
                    + " by a rewrite");
            for (ProgressReport.DebugFix fix : report.debugFixes()) {
                lines.add(String.format("  %-24s %-22s %3d changed lines (seeded %d)  %-7s  Debug %3d", fix.problem(),
                        fix.fixSeconds() == null ? "not timed" : "fixed in " + ClockText.format(fix.fixSeconds())
                                + " of " + ClockText.format(fix.targetSeconds()),
                        fix.diffLines(), fix.seededDiffLines(), fix.rewrite() ? "rewrite" : "fix", fix.total()));
            }
        }
        lines.add("Readability rules most often broken");
        if (report.topRules().isEmpty()) {
            lines.add("  none: no readability findings in the history");
        }
        for (int i = 0; i < report.topRules().size(); i++) {
            ProgressReport.RuleCount rule = report.topRules().get(i);
            lines.add(String.format("  %d. %-28s %s", i + 1, rule.rule(), Wording.plural(rule.findings(), "finding")));
        }
        return lines;
    }
}
