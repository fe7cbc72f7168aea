package dev.drilljudge.report.submission;

import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.GrowthAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplexityTextTest {
    @Test
    void aQuadraticAnswerIsToldItsGrowthTheSlopeAndTheTarget() {
        Complexity quadratic = new Complexity("O(n)", 1.97, "O(n^2)", false,
                List.of(2000, 4000, 8000, 16000, 32000, 64000), List.of(1.0, 4.0, 16.0, 64.0, 256.0, 1000.0), "", 1,
                1.3);
        assertThat(ComplexityText.line(quadratic))
                .isEqualTo("your code looks O(n²) (slope 1.97 over n = 2k..64k); the target is O(n)");
    }

    @Test
    void anOptimalAnswerIsToldItMeetsTheTarget() {
        Complexity linear = new Complexity("O(n log n)", 1.1, "O(n log n)", true, List.of(1500, 3000, 6000),
                List.of(1.0, 2.0, 4.0), "", 1, 1.45);
        assertThat(ComplexityText.line(linear))
                .isEqualTo("your code looks O(n log n) (slope 1.10 over n = 1500..6k), which is the target");
    }

    @Test
    void aWrongAnswerOnTheSeriesIsToldInsteadOfAGrowth() {
        Complexity garbage = new Complexity("O(n)", 0.02, "O(1)", true, List.of(2000, 4000, 8000),
                List.of(0.03, 0.03, 0.03), "", 1, 1.3).withAnswers(new GrowthAnswers(15, 9, 0, 4000));

        assertThat(ComplexityText.line(garbage)).isEqualTo("growth not credited: wrong answer on a generated input of "
                + "size 4000 (it differs from the model answer's); the target is O(n)");
        assertThat(garbage.optimal()).isFalse();
        assertThat(garbage.looksLike()).isNull();
        assertThat(garbage.exponent()).isEqualTo(0.02);
    }

    @Test
    void rightAnswersKeepTheGrowth() {
        Complexity linear = new Complexity("O(n)", 1.01, "O(n)", true, List.of(2000, 4000, 8000),
                List.of(1.0, 2.0, 4.0), "", 1, 1.3).withAnswers(new GrowthAnswers(15, 0, 0, null));

        assertThat(ComplexityText.line(linear))
                .isEqualTo("your code looks O(n) (slope 1.01 over n = 2k..8k), which is the target");
        assertThat(linear.answers()).isEqualTo(new GrowthAnswers(15, 0, 0, null));
    }
}
