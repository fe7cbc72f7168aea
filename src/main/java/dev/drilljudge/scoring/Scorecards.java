package dev.drilljudge.scoring;

/** Scores both bars on one submission and writes the debrief: a pure function of its inputs. */
public final class Scorecards {
    private Scorecards() {
    }

    public static Scorecard score(ScoreInputs inputs) {
        MetaScore meta = MetaScorer.score(inputs);
        AmazonScore amazon = AmazonScorer.score(inputs);
        if (inputs.debug() != null) {
            // A debug drill practises one thing: its own score is the overall.
            DebugScore debug = DebugScorer.score(inputs, inputs.debug());
            Debrief debrief = DebriefWriter.write(inputs, meta, amazon);
            return new Scorecard(meta, amazon, debug.total(), new Debrief(debrief.meta(), debrief.amazon(),
                    DebugDebrief.line(inputs, debug)), debug);
        }
        int overall = OverallScore.of(inputs.style(), meta, amazon);
        return new Scorecard(meta, amazon, overall, DebriefWriter.write(inputs, meta, amazon));
    }
}
