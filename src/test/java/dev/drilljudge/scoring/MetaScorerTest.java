package dev.drilljudge.scoring;

import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.GrowthAnswers;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.compileError;
import static dev.drilljudge.scoring.TestJudgements.hidden;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;

class MetaScorerTest {
    private static final long TARGET = 1500;

    private static ScoreInputs timed(Judgement judgement, long elapsed, int rejected) {
        return new ScoreInputs(judgement, readability(90, 90, 90, 90, 90), TARGET, elapsed, rejected,
                Style.META, AmazonWeights.STANDARD, false);
    }

    @Test
    void workedExampleFromTheDocs() {
        // 15 hidden tests (2 perf) all pass at 27:30 of 25:00 after one rejected submit.
        MetaScore score = MetaScorer.score(timed(accepted("two-sum", 15, 2), 1650, 1));

        assertThat(score).isEqualTo(new MetaScore(89, 100, 70, 75, 100, 1650L, 1500, 1));
    }

    @Test
    void measuredGrowthDecidesComplexityWhereTheProblemHasAGenerator() {
        // 15 of 15 tests, 2 of 2 perf tests, but measured slope 1.65 for a target of O(n): 100 × 0.35 / 0.7 = 50.
        Judgement judgement = accepted("two-sum", 15, 2).withComplexity(new Complexity("O(n)", 1.65, "O(n^2)",
                false, List.of(2000, 4000, 8000), List.of(1.0, 3.1, 9.8), "", 1, 1.3));
        MetaScore score = MetaScorer.score(timed(judgement, 1650, 1));

        // (40 × 100 + 25 × 70 + 15 × 75 + 20 × 50) / 100 = 78.75
        assertThat(score).isEqualTo(new MetaScore(79, 100, 70, 75, 50, 1650L, 1500, 1));
    }

    @Test
    void aWrongAnswerInTheGrowthSeriesScoresNoComplexityEvenUnfitted() {
        // Every call under 0.02 ms: unfitted and "optimal", which fell back to the perf tests (100) before.
        Judgement judgement = accepted("two-sum", 15, 2).withComplexity(new Complexity("O(n)", null, null, true,
                List.of(2000, 4000, 8000), List.of(0.0, 0.0, 0.0), "faster than 0.02 ms even at the largest sizes", 1,
                1.3).withAnswers(new GrowthAnswers(15, 15, 0, 2000)));
        MetaScore score = MetaScorer.score(timed(judgement, 1100, 0));

        // (40 × 100 + 25 × 100 + 15 × 100 + 20 × 0) / 100 = 80
        assertThat(score).isEqualTo(new MetaScore(80, 100, 100, 100, 0, 1100L, 1500, 0));
    }

    @Test
    void aGrowthSeriesThatCouldNotBeFittedFallsBackToThePerfTests() {
        Judgement judgement = wrong("two-sum", 12, 15).withComplexity(new Complexity("O(n)", null, null, false,
                List.of(2000), List.of(0.01), "your code threw java.lang.ArithmeticException at n = 4000", 1, 1.3));

        assertThat(MetaScorer.complexity(judgement)).isEqualTo(MetaScorer.correctness(judgement)).isEqualTo(80);
    }

    @Test
    void underTheTargetOnTheFirstSubmitIsFullMarks() {
        MetaScore score = MetaScorer.score(timed(accepted("two-sum", 15, 2), 1100, 0));

        assertThat(score).isEqualTo(new MetaScore(100, 100, 100, 100, 100, 1100L, 1500, 0));
    }

    @Test
    void velocityFallsLinearlyToZeroAtTwiceTheTarget() {
        assertThat(MetaScorer.velocity(true, 1500, 1500, 0)).isEqualTo(100);
        assertThat(MetaScorer.velocity(true, 1501, 1500, 0)).isEqualTo(100); // 99.93 rounds to 100
        assertThat(MetaScorer.velocity(true, 1515, 1500, 0)).isEqualTo(99);
        assertThat(MetaScorer.velocity(true, 2250, 1500, 0)).isEqualTo(50);
        assertThat(MetaScorer.velocity(true, 2989, 1500, 0)).isEqualTo(1);
        assertThat(MetaScorer.velocity(true, 3000, 1500, 0)).isEqualTo(0);
        assertThat(MetaScorer.velocity(true, 9000, 1500, 0)).isEqualTo(0);
    }

    @Test
    void eachRejectionAddsTwentyPercentOfTheTargetToTheClock() {
        // 20:00 + 3 x 5:00 = 35:00 against 25:00: 40% over the target.
        assertThat(MetaScorer.velocity(true, 1200, 1500, 3)).isEqualTo(60);
        assertThat(MetaScorer.penaltySeconds(1500, 3)).isEqualTo(900);
        // Five rejections double a zero-time solve: no velocity left.
        assertThat(MetaScorer.velocity(true, 0, 1500, 5)).isEqualTo(100);
        assertThat(MetaScorer.velocity(true, 1, 1500, 5)).isEqualTo(100);
        assertThat(MetaScorer.velocity(true, 1500, 1500, 5)).isEqualTo(0);
    }

    @Test
    void firstTimeRightLosesAQuarterPerRejection() {
        assertThat(MetaScorer.firstTimeRight(true, 0)).isEqualTo(100);
        assertThat(MetaScorer.firstTimeRight(true, 1)).isEqualTo(75);
        assertThat(MetaScorer.firstTimeRight(true, 3)).isEqualTo(25);
        assertThat(MetaScorer.firstTimeRight(true, 4)).isEqualTo(0);
        assertThat(MetaScorer.firstTimeRight(true, 9)).isEqualTo(0);
        assertThat(MetaScorer.firstTimeRight(false, 0)).isEqualTo(0);
    }

    @Test
    void untimedSubmitHasNoVelocityAndTheOtherWeightsAreRescaled() {
        MetaScore score = MetaScorer.score(ScoreInputs.untimed(wrong("two-sum", 12, 15), null, TARGET));

        // correctness 80, first-time-right 0, complexity = correctness (no perf tests): (40*80 + 20*80) / 75 = 64
        assertThat(score).isEqualTo(new MetaScore(64, 80, null, 0, 80, null, 1500, 0));
        assertThat(score.timed()).isFalse();
    }

    @Test
    void aTimedAttemptThatIsNotAcceptedHasNoVelocityYet() {
        Judgement slow = hidden("two-sum", Verdict.TIME_LIMIT_EXCEEDED, 13, 13, 0, 0, 1, 2);

        MetaScore score = MetaScorer.score(timed(slow, 600, 1));

        // correctness 14/15 = 93, complexity 1/2 = 50: (40*93 + 25*0 + 15*0 + 20*50) / 100 = 47.2
        assertThat(score).isEqualTo(new MetaScore(47, 93, 0, 0, 50, 600L, 1500, 1));
    }

    @Test
    void codeThatDoesNotCompileScoresNothing() {
        MetaScore score = MetaScorer.score(timed(compileError("two-sum"), 300, 0));

        assertThat(score).isEqualTo(new MetaScore(0, 0, 0, 0, 0, 300L, 1500, 0));
    }

    @Test
    void sharesRoundHalfUp() {
        assertThat(Percent.of(1, 8)).isEqualTo(13);
        assertThat(Percent.of(2, 3)).isEqualTo(67);
        assertThat(Percent.of(1, 3)).isEqualTo(33);
        assertThat(Percent.of(-4, 3)).isEqualTo(0);
        assertThat(Percent.weightedMean(new int[]{89, 78}, new int[]{1, 1})).isEqualTo(84);
    }
}
