package dev.drilljudge.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The statistics bench/human-ratings.sh reports; expected values computed with SciPy 1.17 (scipy.stats.spearmanr). */
class RankCorrelationTest {
    private static final double[] X = {1, 2, 2, 4, 5, 7};
    private static final double[] Y = {2, 1, 4, 3, 6, 5};
    private static final double[] Z = {3, 3, 1, 2, 6, 4};

    @Test
    void tiedValuesShareTheirAverageRank() {
        assertThat(RankCorrelation.ranks(X)).containsExactly(1, 2.5, 2.5, 4, 5, 6);
        assertThat(RankCorrelation.ranks(Z)).containsExactly(3.5, 3.5, 1, 2, 6, 5);
    }

    @Test
    void spearmanMatchesScipyWithTies() {
        assertThat(RankCorrelation.spearman(X, Y)).isCloseTo(0.753702346348183, within(1e-12));
    }

    @Test
    void partialSpearmanHoldsTheThirdVariableFixed() {
        assertThat(RankCorrelation.partialSpearman(X, Y, Z)).isCloseTo(0.6744633994914586, within(1e-12));
    }

    @Test
    void aMonotoneButNonLinearRelationIsPerfectlyRanked() {
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 64})).isEqualTo(1.0);
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 3, 4}, new double[] {9, 4, 1, 0})).isEqualTo(-1.0);
    }

    @Test
    void samplesOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> RankCorrelation.spearman(new double[] {1, 2}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 and 3");
    }
}
