package dev.drilljudge.report.progress;

import dev.drilljudge.scoring.ClockText;
import dev.drilljudge.scoring.RoundProblem;
import dev.drilljudge.scoring.Wording;
import dev.drilljudge.session.MockRoundSummary;

import java.util.ArrayList;
import java.util.List;

/** The summary printed when a mock round ends: per problem, then overall with both debriefs. */
public final class MockRoundText {
    private MockRoundText() {
    }

    public static List<String> lines(MockRoundSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Mock round (%s, seed %d) %s: %d of %d solved, %s of %s used",
                summary.style().label(), summary.seed(), summary.expired() ? "ran out of time" : "complete",
                summary.score().solved(), summary.score().problems(), ClockText.format(summary.usedSeconds()),
                ClockText.format(summary.durationSeconds())));
        for (RoundProblem problem : summary.problems()) {
            String outcome = problem.accepted()
                    ? "solved at " + ClockText.format(problem.solvedAtSeconds()) + " (due "
                    + ClockText.format(problem.targetSeconds()) + ")"
                    : problem.attempts() == 0 ? "not submitted" : "not solved";
            String scores = problem.scores() == null
                    ? ""
                    : String.format("  Meta %d  Amazon %d", problem.scores().meta().total(),
                    problem.scores().amazon().total());
            lines.add(String.format("  %-24s %s, %s, %d rejected%s", problem.problem(), outcome,
                    Wording.plural(problem.attempts(), "attempt"), problem.rejectedAttempts(), scores));
            if (problem.scores() != null) {
                lines.add("    " + problem.scores().debrief().meta());
                lines.add("    " + problem.scores().debrief().amazon());
            }
        }
        lines.add(String.format("Round    Meta %d  Amazon %d  Overall %d", summary.score().metaTotal(),
                summary.score().amazonTotal(), summary.score().overall()));
        lines.add(summary.score().debrief().meta());
        lines.add(summary.score().debrief().amazon());
        return lines;
    }
}
