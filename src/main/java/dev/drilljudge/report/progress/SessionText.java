package dev.drilljudge.report.progress;

import dev.drilljudge.scoring.ClockText;
import dev.drilljudge.scoring.Wording;
import dev.drilljudge.session.Drill;
import dev.drilljudge.session.MockRound;
import dev.drilljudge.session.SessionView;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** `judge status`: the open mock round and each open drill with its clock. */
public final class SessionText {
    private SessionText() {
    }

    public static List<String> lines(SessionView view) {
        List<String> lines = new ArrayList<>();
        if (view.roundJustClosed() != null) {
            lines.addAll(MockRoundText.lines(view.roundJustClosed()));
        }
        MockRound round = view.state().round();
        if (round != null) {
            lines.addAll(roundLines(view));
        }
        List<Drill> solo = view.state().openDrills().stream().filter(drill -> drill.round() == null).toList();
        for (Drill drill : solo) {
            lines.add(drillLine(drill, view, ""));
        }
        if (round == null && solo.isEmpty()) {
            lines.add("No open drill. Start one with `judge start <id>` or a mock round with `judge mock --style meta`.");
        }
        return lines;
    }

    /** The open round: its clock, then each problem. */
    public static List<String> roundLines(SessionView view) {
        MockRound round = view.state().round();
        long elapsed = Math.max(0, Duration.between(round.startedAt(), view.now()).getSeconds());
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Mock round (%s, seed %d): %s elapsed, %s left of %s", round.style().label(),
                round.seed(), ClockText.format(elapsed),
                ClockText.format(Math.max(0, round.durationSeconds() - elapsed)),
                ClockText.format(round.durationSeconds())));
        for (Drill drill : view.state().roundDrills()) {
            lines.add(drillLine(drill, view, "  "));
        }
        return lines;
    }

    static String drillLine(Drill drill, SessionView view, String indent) {
        String tally = Wording.plural(drill.attempts().size(), "attempt") + " (" + drill.rejectedAttempts()
                + " rejected)";
        if (!drill.isOpen()) {
            return String.format("%s%-24s %s at %s, %s", indent, drill.problem(),
                    drill.outcome().name().toLowerCase(Locale.ROOT), ClockText.format(drill.elapsedAtClose()), tally);
        }
        long elapsed = drill.elapsedSeconds(view.now());
        long remaining = drill.targetSeconds() - elapsed;
        String clock = remaining >= 0
                ? ClockText.format(remaining) + " remaining"
                : ClockText.format(-remaining) + " over";
        return String.format("%s%-24s %-6s %s elapsed of %s, %s, %s", indent, drill.problem(),
                drill.isDebug() ? "debug" : drill.style().label(), ClockText.format(elapsed), ClockText.format(drill.targetSeconds()), clock, tally);
    }
}
