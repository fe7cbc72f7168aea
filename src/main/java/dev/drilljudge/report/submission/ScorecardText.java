package dev.drilljudge.report.submission;

import dev.drilljudge.scoring.AmazonScore;
import dev.drilljudge.scoring.ClockText;
import dev.drilljudge.scoring.DebugScore;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.MetaScorer;
import dev.drilljudge.scoring.Scorecard;

import java.util.ArrayList;
import java.util.List;

/** The scorecard as `judge submit` prints it: one line per bar with its parts, the overall, then the debrief. */
public final class ScorecardText {
    private ScorecardText() {
    }

    public static List<String> lines(Scorecard scorecard) {
        List<String> lines = new ArrayList<>();
        if (scorecard.debug() != null) {
            lines.add(debugLine(scorecard.debug()));
        }
        lines.add(metaLine(scorecard.meta()));
        lines.add(amazonLine(scorecard.amazon()));
        lines.add(String.format("Overall  %3d", scorecard.overall()));
        if (scorecard.debrief().debug() != null) {
            lines.add(scorecard.debrief().debug());
        }
        lines.add(scorecard.debrief().meta());
        lines.add(scorecard.debrief().amazon());
        return lines;
    }

    static String debugLine(DebugScore debug) {
        return String.format("Debug    %3d/100  velocity %s · fix precision %d (%d changed lines; the seeded bug %d) · "
                        + "cause %s", debug.total(), debug.velocity() == null ? "not timed" : debug.velocity(),
                debug.fixPrecision(), debug.diffLines(), debug.seededDiffLines(),
                debug.causeStated() ? "stated" : "not stated");
    }

    public static String render(Scorecard scorecard) {
        return String.join(System.lineSeparator(), lines(scorecard));
    }

    static String metaLine(MetaScore meta) {
        String velocity = meta.timed()
                ? "velocity " + meta.velocity() + " (" + ClockText.format(meta.elapsedSeconds()) + " of "
                + ClockText.format(meta.targetSeconds()) + penalty(meta) + ")"
                : "velocity not timed";
        return String.format("Meta     %3d/100  correctness %d · %s · first-time-right %d (%d rejected) · complexity %d",
                meta.total(), meta.correctness(), velocity, meta.firstTimeRight(), meta.rejectedAttempts(),
                meta.complexity());
    }

    static String amazonLine(AmazonScore amazon) {
        return String.format("Amazon   %3d/100  readability %d · edge cases %d · correctness %d",
                amazon.total(), amazon.readability(), amazon.edgeCases(), amazon.correctness());
    }

    private static String penalty(MetaScore meta) {
        if (meta.rejectedAttempts() == 0) {
            return "";
        }
        return ", +" + ClockText.format(MetaScorer.penaltySeconds(meta.targetSeconds(), meta.rejectedAttempts()))
                + " penalty";
    }
}
