package dev.drilljudge.complexity;

import dev.drilljudge.verdict.Complexity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The doubling experiment's arithmetic: target degrees, the log-log slope, labels, and the Meta score. */
class GrowthFitTest {
    private static final List<Integer> SIZES = List.of(2000, 4000, 8000, 16000, 32000);

    @Test
    void bigOGivesTheDegreeOfTheLargestTermWithEveryVariableGrowingUnlessFixed() {
        assertThat(BigO.parse("O(n)")).isEqualTo(new BigO("O(n)", 1, false));
        assertThat(BigO.parse("O(n log n)")).isEqualTo(new BigO("O(n log n)", 1, true));
        assertThat(BigO.parse("O(n*m)")).isEqualTo(new BigO("O(n*m)", 2, false));
        assertThat(BigO.parse("O(V + E)")).isEqualTo(new BigO("O(V + E)", 1, false));
        assertThat(BigO.parse("O(n^2 + m)")).isEqualTo(new BigO("O(n^2 + m)", 2, false));
        assertThat(BigO.parse("O(log n)")).isEqualTo(new BigO("O(log n)", 0, true));
        assertThat(BigO.parse("O(1)")).isEqualTo(new BigO("O(1)", 0, false));
        assertThat(BigO.parse("O(n*k)", Set.of("k"))).isEqualTo(new BigO("O(n*k)", 1, false));
        assertThat(BigO.parse("O(n log k)", Set.of("k"))).isEqualTo(new BigO("O(n log k)", 1, false));
    }

    @Test
    void anExactlyQuadraticSeriesHasSlopeTwoAndLooksQuadratic() {
        Complexity fitted = GrowthFit.fit("O(n)", SIZES, List.of(1.0, 4.0, 16.0, 64.0, 256.0), "");
        assertThat(fitted.exponent()).isEqualTo(2.0);
        assertThat(fitted.looksLike()).isEqualTo("O(n^2)");
        assertThat(fitted.optimal()).isFalse();
        assertThat(fitted.allowedExponent()).isEqualTo(1.3);
        assertThat(GrowthFit.score(fitted)).isZero();
    }

    @Test
    void aLinearSeriesIsOptimalAndKeepsTheTargetsLabel() {
        Complexity fitted = GrowthFit.fit("O(n)", SIZES, List.of(0.5, 1.0, 2.0, 4.0, 8.0), "");
        assertThat(fitted.exponent()).isEqualTo(1.0);
        assertThat(fitted.looksLike()).isEqualTo("O(n)");
        assertThat(fitted.optimal()).isTrue();
        assertThat(GrowthFit.score(fitted)).isEqualTo(100);
    }

    @Test
    void theScoreFallsLinearlyFromTheAllowanceToOneDegreeAbove() {
        // slope 1.65 for O(n): (1 - 0.65) / (1 - 0.3) = 0.5
        Complexity between = new Complexity("O(n)", 1.65, "O(n^2)", false, SIZES, List.of(), "", 1, 1.3);
        assertThat(GrowthFit.score(between)).isEqualTo(50);
        Complexity atAllowance = new Complexity("O(n)", 1.3, "O(n)", true, SIZES, List.of(), "", 1, 1.3);
        assertThat(GrowthFit.score(atAllowance)).isEqualTo(100);
    }

    @Test
    void nLogNGetsAnExtraAllowanceForItsLogFactor() {
        // n log2 n at these sizes, in arbitrary units: slope about 1.11
        List<Double> nLogN = SIZES.stream().map(n -> n * Math.log(n) / 1e5).toList();
        Complexity fitted = GrowthFit.fit("O(n log n)", SIZES, nLogN, "");
        assertThat(fitted.exponent()).isEqualTo(1.11);
        assertThat(fitted.allowedExponent()).isEqualTo(1.45);
        assertThat(fitted.optimal()).isTrue();
    }

    @Test
    void timesTooSmallToMeasureAreLeftOutAndASeriesStoppedEarlyStillCountsTheLowerBound() {
        Complexity stopped = GrowthFit.fit("O(n)", SIZES, List.of(0.005, 0.019, 5.0, 520.0), "timed out at n = 16000");
        assertThat(stopped.sizes()).containsExactly(2000, 4000, 8000, 16000);
        assertThat(stopped.exponent()).isEqualTo(6.7);
        assertThat(stopped.looksLike()).isEqualTo("O(2^n)");
        assertThat(stopped.note()).isEqualTo("timed out at n = 16000");
    }

    @Test
    void aTimeOfTwentyMicrosecondsIsTheSmallestFitted() {
        List<Integer> sizes = List.of(2000, 4000, 8000);
        Complexity withTheSmallest = GrowthFit.fit("O(n)", sizes, List.of(0.02, 0.08, 0.32), "");
        assertThat(withTheSmallest.exponent()).isEqualTo(2.0);
        Complexity withoutTheSmallest = GrowthFit.fit("O(n)", sizes, List.of(0.001, 0.019, 0.32), "");
        assertThat(withoutTheSmallest.fitted()).isFalse();
        assertThat(withoutTheSmallest.optimal()).isTrue();
        assertThat(withoutTheSmallest.note()).isEqualTo("only 1 size took 0.02 ms or more, too few to fit");
    }

    @Test
    void oneDisturbedSizeDoesNotMoveTheSlope() {
        // linear, but the last size took 4x its share (it outgrew a cache, or the machine was busy): least squares
        // says 1.4, which is not optimal for O(n); the median of the pairwise slopes says 1.0
        Complexity fitted = GrowthFit.fit("O(n)", SIZES, List.of(0.1, 0.2, 0.4, 0.8, 6.4), "");
        assertThat(fitted.exponent()).isEqualTo(1.0);
        assertThat(fitted.optimal()).isTrue();
    }

    @Test
    void theSlopeIsTheMedianOfThePairwiseSlopes() {
        // pairwise slopes over 2000, 4000, 8000 in log2 units: (1 - 0) / 1 = 1, (3 - 0) / 2 = 1.5, (3 - 1) / 1 = 2
        assertThat(GrowthFit.slope(List.of(log2(2000), log2(4000), log2(8000)), List.of(0.0, 1.0, 3.0)))
                .isEqualTo(1.5);
        // an even count of pairs takes the mean of the middle two: 1 and 3 -> 2
        assertThat(GrowthFit.slope(List.of(0.0, 1.0), List.of(0.0, 2.0))).isEqualTo(2.0);
    }

    private static double log2(int n) {
        return Math.log(n) / Math.log(2);
    }

    @Test
    void aSeriesTooFastToTimeAtEverySizeIsOptimalWithoutASlope() {
        Complexity fast = GrowthFit.fit("O(log n)", SIZES, List.of(0.001, 0.001, 0.002, 0.001, 0.002), "");
        assertThat(fast.fitted()).isFalse();
        assertThat(fast.optimal()).isTrue();
        assertThat(GrowthFit.score(fast)).isEqualTo(100);
        Complexity failed = GrowthFit.fit("O(n)", SIZES, List.of(0.01), "your code threw java.lang.X at n = 4000");
        assertThat(failed.optimal()).isFalse();
        assertThat(failed.note()).isEqualTo("your code threw java.lang.X at n = 4000");
    }

    @Test
    void aSlopeIsNamedByTheClassWhoseBandHoldsIt() {
        BigO constant = BigO.parse("O(1)");
        assertThat(GrowthClass.of(0.3, constant).label()).isEqualTo("O(log n)");
        assertThat(GrowthClass.of(0.5, constant).label()).isEqualTo("O(sqrt n)");
        assertThat(GrowthClass.of(1.0, constant).label()).isEqualTo("O(n)");
        BigO linear = BigO.parse("O(n)");
        assertThat(GrowthClass.of(1.45, linear).label()).isEqualTo("O(n log n)");
        assertThat(GrowthClass.of(1.97, linear).label()).isEqualTo("O(n^2)");
        assertThat(GrowthClass.of(3.1, linear).label()).isEqualTo("O(n^3)");
        assertThat(GrowthClass.of(4.49, linear).label()).isEqualTo("O(n^4)");
        assertThat(GrowthClass.of(4.5, linear).label()).isEqualTo("O(2^n)");
    }

    @Test
    void aQuadraticThatOutgrewACacheIsStillCalledQuadratic() {
        // The CI runner's busy-machine measurement of the quadratic two-sum: 8k to 16k took 6.7 times as long.
        Complexity fitted = GrowthFit.fit("O(n)", SIZES, List.of(1.549, 6.236, 29.84, 200.187, 712.773),
                "one call took more than 500 ms of CPU time at n = 32000");
        assertThat(fitted.exponent()).isEqualTo(2.27);
        assertThat(fitted.looksLike()).isEqualTo("O(n^2)");
        assertThat(GrowthClass.of(2.59, BigO.parse("O(n)")).label()).isEqualTo("O(n^2)");
        assertThat(GrowthClass.of(2.6, BigO.parse("O(n)")).label()).isEqualTo("O(n^3)");
    }

    @Test
    void aSlopeThatMissesTheTargetIsNeverNamedAsTheTarget() {
        assertThat(GrowthClass.of(1.35, BigO.parse("O(n)")).label()).isEqualTo("O(n log n)");
        assertThat(GrowthClass.of(1.5, BigO.parse("O(n log n)")).label()).isEqualTo("O(n^2)");
        assertThat(GrowthClass.of(2.4, BigO.parse("O(n*m)")).label()).isEqualTo("O(n^2 log n)");
        assertThat(GrowthClass.of(0.5, BigO.parse("O(log n)")).label()).isEqualTo("O(sqrt n)");
        assertThat(GrowthClass.of(0.46, BigO.parse("O(log n)")).label()).isEqualTo("O(sqrt n)");
    }
}
