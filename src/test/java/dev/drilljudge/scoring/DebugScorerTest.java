package dev.drilljudge.scoring;

import dev.drilljudge.verdict.Judgement;
import org.junit.jupiter.api.Test;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;

class DebugScorerTest {
    /** A medium debug drill: 15:00. */
    private static final long TARGET = 900;

    private static ScoreInputs drill(Judgement judgement, long elapsed, int rejected) {
        return new ScoreInputs(judgement, readability(90, 90, 90, 90, 90), TARGET, elapsed, rejected, Style.META,
                AmazonWeights.STANDARD, false);
    }

    private static DebugInputs debug(int diffLines, int seededDiffLines, String cause) {
        return new DebugInputs(diffLines, seededDiffLines, cause, null);
    }

    @Test
    void aOneLineFixOfAOneLineBugIsFullPrecision() {
        assertThat(DebugScorer.fixPrecision(1, 1)).isEqualTo(100);
        assertThat(DebugScorer.fixPrecision(2, 1)).isEqualTo(100);
    }

    @Test
    void aThreeLineFixOfAOneLineBugScores67() {
        // 200 x 1 / 3 = 66.67, half up.
        assertThat(DebugScorer.fixPrecision(3, 1)).isEqualTo(67);
        assertThat(DebugScorer.isRewrite(3, 1)).isFalse();
    }

    @Test
    void aFullRewriteOfAOneLineBugScoresLow() {
        // A 30-line rewrite: 200 x 1 / 30 = 6.67, half up.
        assertThat(DebugScorer.fixPrecision(30, 1)).isEqualTo(7);
        assertThat(DebugScorer.isRewrite(30, 1)).isTrue();
    }

    @Test
    void theAllowanceScalesWithTheSeededBug() {
        assertThat(DebugScorer.fixPrecision(6, 3)).isEqualTo(100);
        assertThat(DebugScorer.fixPrecision(7, 3)).isEqualTo(86);   // 600 / 7 = 85.7
        assertThat(DebugScorer.isRewrite(12, 3)).isFalse();
        assertThat(DebugScorer.isRewrite(13, 3)).isTrue();
    }

    @Test
    void aSurgicalFixInTimeWithACauseIsFullMarks() {
        DebugScore score = DebugScorer.score(drill(accepted("two-sum", 15, 0), 600, 0), debug(1, 1, "off by one"));

        assertThat(score).isEqualTo(new DebugScore(100, 100, 100, 1, 1, true, false));
    }

    @Test
    void aLateRewriteWithoutACause() {
        // 22:30 of 15:00 after one rejection: penalised 22:30 + 3:00 = 25:30 = 1530 s; velocity 100 x (1800 - 1530)
        // / 900 = 30. Precision 7. Total (50 x 30 + 40 x 7 + 10 x 0) / 100 = 17.8 -> 18.
        DebugScore score = DebugScorer.score(drill(accepted("two-sum", 15, 0), 1350, 1), debug(30, 1, null));

        assertThat(score).isEqualTo(new DebugScore(18, 30, 7, 30, 1, false, true));
    }

    @Test
    void aThreeLineFixOnTimeWithACause() {
        // (50 x 100 + 40 x 67 + 10 x 100) / 100 = 86.8 -> 87.
        DebugScore score = DebugScorer.score(drill(accepted("two-sum", 15, 0), 300, 0), debug(3, 1, "wrong bound"));

        assertThat(score).isEqualTo(new DebugScore(87, 100, 67, 3, 1, true, false));
    }

    @Test
    void aBugNotYetFixedScoresZero() {
        DebugScore score = DebugScorer.score(drill(wrong("two-sum", 14, 15), 300, 1), debug(1, 1, "guess"));

        assertThat(score).isEqualTo(new DebugScore(0, 0, 100, 1, 1, true, false));
    }

    @Test
    void untimedWeighsPrecisionAndCauseOnly() {
        ScoreInputs untimed = ScoreInputs.untimed(accepted("two-sum", 15, 0), readability(90, 90, 90, 90, 90), TARGET);
        // (40 x 67 + 10 x 0) / 50 = 53.6 -> 54.
        DebugScore score = DebugScorer.score(untimed, debug(3, 1, "  "));

        assertThat(score).isEqualTo(new DebugScore(54, null, 67, 3, 1, false, false));
    }

    @Test
    void theDebriefSaysARewriteIsNotAFixAndShowsTheCauseBesideTheSeededBug() {
        ScoreInputs inputs = drill(accepted("two-sum", 15, 0), 600, 0).withDebug(new DebugInputs(30, 1,
                "loop ran one past the end", new DebugInputs.RevealedBug("loop off by one",
                "The loop runs to i <= n; an input of one element exposes it.")));

        Scorecard card = Scorecards.score(inputs);

        assertThat(card.overall()).isEqualTo(card.debug().total());
        assertThat(card.debrief().debug()).isEqualTo("Debug: you rewrote instead of fixing — fixed in 10:00 of 15:00 "
                + "with 30 changed lines (the seeded bug is 1 line), more than 4× the bug: an interviewer wants the "
                + "one faulty line found, not the code replaced. Your cause: \"loop ran one past the end\". "
                + "Seeded bug: loop off by one — The loop runs to i <= n; an input of one element exposes it.");
    }

    @Test
    void aStatedCauseIsOneCleanLine() {
        assertThat(new DebugInputs(1, 1, "line one\nline\u001b[31mtwo", null).cause())
                .isEqualTo("line one line [31mtwo");
    }
}
