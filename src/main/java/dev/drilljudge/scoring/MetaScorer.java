package dev.drilljudge.scoring;

import dev.drilljudge.complexity.GrowthFit;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.TestResult;

/**
 * The Meta (velocity) bar: accepted, how fast against the time box, how many rejected submits, does it scale.
 * Weights and formulas are documented with a worked example in docs/scoring.md.
 */
public final class MetaScorer {
    public static final int CORRECTNESS_WEIGHT = 40;
    public static final int VELOCITY_WEIGHT = 25;
    public static final int FIRST_TIME_RIGHT_WEIGHT = 15;
    public static final int COMPLEXITY_WEIGHT = 20;
    /** Points a rejected submit costs the first-time-right part: the fourth rejection leaves nothing. */
    public static final int FIRST_TIME_RIGHT_STEP = 25;
    /** The ICPC 20-minute rule scaled to the problem: each rejection adds 20% of the target to the clock. */
    public static final int PENALTY_PERCENT_OF_TARGET = 20;
    public static final String PERF_TAG = dev.drilljudge.verdict.TaggedTests.PERF;

    private MetaScorer() {
    }

    public static MetaScore score(ScoreInputs inputs) {
        Judgement judgement = inputs.judgement();
        int correctness = correctness(judgement);
        int complexity = complexity(judgement);
        int firstTimeRight = firstTimeRight(inputs.accepted(), inputs.rejectedAttempts());
        Integer velocity = inputs.timed()
                ? velocity(inputs.accepted(), inputs.elapsedSeconds(), inputs.targetSeconds(), inputs.rejectedAttempts())
                : null;
        int total = velocity == null
                ? Percent.weightedMean(new int[]{correctness, firstTimeRight, complexity},
                        new int[]{CORRECTNESS_WEIGHT, FIRST_TIME_RIGHT_WEIGHT, COMPLEXITY_WEIGHT})
                : Percent.weightedMean(new int[]{correctness, velocity, firstTimeRight, complexity},
                        new int[]{CORRECTNESS_WEIGHT, VELOCITY_WEIGHT, FIRST_TIME_RIGHT_WEIGHT, COMPLEXITY_WEIGHT});
        return new MetaScore(total, correctness, velocity, firstTimeRight, complexity,
                inputs.elapsedSeconds(), inputs.targetSeconds(), inputs.rejectedAttempts());
    }

    /** Share of hidden tests passed; 0 unless the code compiles. */
    public static int correctness(Judgement judgement) {
        if (!judgement.compiled()) {
            return 0;
        }
        if (judgement.total() == 0) {
            return judgement.verdict().isAccepted() ? 100 : 0;
        }
        return Percent.of(judgement.passed(), judgement.total());
    }

    /**
     * The measured growth where the problem has a generator and the slope could be fitted, or 0 where an answer of
     * the series was wrong (see {@link GrowthFit#score}); otherwise the share of perf-tagged tests passed, and with no perf tests either there
     * is no separate signal, so correctness.
     */
    public static int complexity(Judgement judgement) {
        if (!judgement.compiled()) {
            return 0;
        }
        if (judgement.complexity() != null
                && (judgement.complexity().fitted() || judgement.complexity().answers().anyWrong())) {
            return GrowthFit.score(judgement.complexity());
        }
        long perfTests = judgement.results().stream().filter(MetaScorer::isPerf).count();
        if (perfTests == 0) {
            return correctness(judgement);
        }
        long perfPassed = judgement.results().stream().filter(MetaScorer::isPerf).filter(TestResult::passed).count();
        return Percent.of(perfPassed, perfTests);
    }

    /** 100 on the first accepted submit, 25 less per rejection before it; 0 while not accepted. */
    public static int firstTimeRight(boolean accepted, int rejectedAttempts) {
        if (!accepted) {
            return 0;
        }
        return Math.max(0, 100 - FIRST_TIME_RIGHT_STEP * rejectedAttempts);
    }

    /**
     * 100 when the penalised time is at or under the target, falling linearly to 0 at twice the target.
     * An attempt that is not accepted has not solved the problem, so it has no velocity yet: 0.
     */
    public static int velocity(boolean accepted, long elapsedSeconds, long targetSeconds, int rejectedAttempts) {
        if (!accepted) {
            return 0;
        }
        // Work in hundredths of a second so the percentage penalty stays an exact integer.
        long penalisedHundredths = 100 * elapsedSeconds
                + (long) PENALTY_PERCENT_OF_TARGET * rejectedAttempts * targetSeconds;
        long targetHundredths = 100 * targetSeconds;
        return Percent.of(2 * targetHundredths - penalisedHundredths, targetHundredths);
    }

    /** The time the rejections add to the clock, in whole seconds (rounded half up), for the debrief. */
    public static long penaltySeconds(long targetSeconds, int rejectedAttempts) {
        return ((long) PENALTY_PERCENT_OF_TARGET * rejectedAttempts * targetSeconds + 50) / 100;
    }

    static boolean isPerf(TestResult result) {
        return result.tags().contains(PERF_TAG);
    }
}
