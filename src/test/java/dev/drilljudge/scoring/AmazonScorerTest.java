package dev.drilljudge.scoring;

import dev.drilljudge.verdict.Judgement;
import org.junit.jupiter.api.Test;

import static dev.drilljudge.scoring.TestJudgements.accepted;
import static dev.drilljudge.scoring.TestJudgements.readability;
import static dev.drilljudge.scoring.TestJudgements.wrong;
import static org.assertj.core.api.Assertions.assertThat;

class AmazonScorerTest {
    private static ScoreInputs inputs(Judgement judgement, dev.drilljudge.readability.Readability readability,
                                      AmazonWeights weights) {
        return new ScoreInputs(judgement, readability, 1500, 900L, 0, Style.AMAZON, weights, false);
    }

    @Test
    void workedExampleFromTheDocs() {
        AmazonScore score = AmazonScorer.score(inputs(accepted("two-sum", 15, 2),
                readability(78, 70, 60, 90, 80), AmazonWeights.STANDARD));

        // (40*78 + 30*60 + 30*100) / 100 = 79.2
        assertThat(score).isEqualTo(new AmazonScore(79, 78, 60, 100));
    }

    @Test
    void readableButWrongIsCappedAtFifty() {
        AmazonScore score = AmazonScorer.score(inputs(wrong("two-sum", 12, 15),
                readability(78, 70, 60, 90, 80), AmazonWeights.STANDARD));

        // (40*78 + 30*60 + 30*80) / 100 = 73.2, capped
        assertThat(score).isEqualTo(new AmazonScore(50, 78, 60, 80));
    }

    @Test
    void aTotalAlreadyUnderTheCapIsKept() {
        AmazonScore score = AmazonScorer.score(inputs(wrong("two-sum", 12, 15),
                readability(30, 40, 20, 30, 30), AmazonWeights.STANDARD));

        // (40*30 + 30*20 + 30*80) / 100 = 42
        assertThat(score).isEqualTo(new AmazonScore(42, 30, 20, 80));
    }

    @Test
    void mockRoundWeighsErrorHandlingToo() {
        AmazonScore score = AmazonScorer.score(inputs(accepted("two-sum", 15, 2),
                readability(78, 70, 60, 90, 50), AmazonWeights.MOCK_ROUND));

        // (30*78 + 30*60 + 20*50 + 20*100) / 100 = 71.4
        assertThat(score).isEqualTo(new AmazonScore(71, 78, 60, 100));
    }

    @Test
    void missingReadabilityCreditsNothing() {
        AmazonScore score = AmazonScorer.score(inputs(accepted("two-sum", 15, 2), null, AmazonWeights.STANDARD));

        assertThat(score).isEqualTo(new AmazonScore(30, 0, 0, 100));
    }

    @Test
    void overallFollowsTheDrillStyle() {
        MetaScore meta = new MetaScore(89, 100, 70, 75, 100, 1650L, 1500, 1);
        AmazonScore amazon = new AmazonScore(78, 78, 60, 100);

        assertThat(OverallScore.of(Style.META, meta, amazon)).isEqualTo(89);
        assertThat(OverallScore.of(Style.AMAZON, meta, amazon)).isEqualTo(78);
        assertThat(OverallScore.of(Style.BOTH, meta, amazon)).isEqualTo(84); // 83.5 rounds up
    }
}
