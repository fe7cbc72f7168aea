package dev.drilljudge.scoring;

/** Scores both bars on one submission and writes the debrief: a pure function of its inputs. */
public final class Scorecards {
    private Scorecards() {
    }

    public static Scorecard score(ScoreInputs inputs) {
        MetaScore meta = MetaScorer.score(inputs);
        AmazonScore amazon = AmazonScorer.score(inputs);
        int overall = OverallScore.of(inputs.style(), meta, amazon);
        return new Scorecard(meta, amazon, overall, DebriefWriter.write(inputs, meta, amazon));
    }
}
