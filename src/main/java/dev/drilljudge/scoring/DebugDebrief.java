package dev.drilljudge.scoring;

import dev.drilljudge.verdict.Verdict;

/**
 * The debug drill's debrief line: fixed or not, how fast, fix or rewrite, and the stated cause beside the seeded
 * bug once the drill is over. Meta's interviewer wants a walk from reproduction to a minimal fix, not a rewrite.
 */
public final class DebugDebrief {
    private DebugDebrief() {
    }

    public static String line(ScoreInputs inputs, DebugScore score) {
        DebugInputs debug = inputs.debug();
        StringBuilder line = new StringBuilder("Debug: ");
        Verdict verdict = inputs.judgement().verdict();
        String change = Wording.plural(score.diffLines(), "changed line") + " (the seeded bug is "
                + Wording.plural(score.seededDiffLines(), "line") + ")";
        if (!verdict.isAccepted()) {
            line.append("not fixed yet — ").append(inputs.judgement().headline()).append("; ").append(change)
                    .append(" so far");
        } else if (score.rewrite()) {
            line.append("you rewrote instead of fixing — ").append(timing(inputs)).append(" with ").append(change)
                    .append(", more than ").append(DebugScorer.REWRITE_FACTOR)
                    .append("× the bug: an interviewer wants the one faulty line found, not the code replaced");
        } else {
            line.append(score.fixPrecision() == 100 ? "a surgical fix — " : "fixed, with a wider change than needed — ")
                    .append(timing(inputs)).append(" with ").append(change);
        }
        line.append(". ");
        line.append(debug.cause() == null
                ? "No cause stated (`judge submit --cause \"...\"` names it, as you would aloud)."
                : "Your cause: \"" + debug.cause() + "\".");
        if (debug.seededBug() != null) {
            line.append(" Seeded bug: ").append(debug.seededBug().title());
            if (!debug.seededBug().description().isEmpty()) {
                line.append(" — ").append(debug.seededBug().description());
            }
        }
        return line.toString();
    }

    private static String timing(ScoreInputs inputs) {
        if (!inputs.timed()) {
            return "not timed";
        }
        String clock = "fixed in " + ClockText.format(inputs.elapsedSeconds()) + " of "
                + ClockText.format(inputs.targetSeconds());
        return inputs.selfReported() ? clock + " (self-reported)" : clock;
    }
}
