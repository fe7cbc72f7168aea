package dev.drilljudge.worker.protocol;

import java.util.List;

/**
 * A growth measurement instead of a test run: the candidate's method called with a support generator's arguments at
 * each size, JMH-style (warm-up calls first, then measured calls, the fastest kept).
 *
 * @param generatorClass    support class with {@code public static Object[] arguments(int n, long seed)}
 * @param targetClass       the candidate's class, instantiated with its no-argument constructor for every call
 * @param methodName        the method called
 * @param sizes             smallest first
 * @param warmUpCalls       unmeasured calls at each size
 * @param measuredCalls     at most this many measured samples at each size
 * @param sizeBudgetNanos   measured samples at one size stop once they used this much CPU time (at least one runs)
 * @param callCapNanos      a call that takes longer ends the series after its size
 * @param sampleTargetNanos a call shorter than this is timed in a batch of calls that together take about this long
 * @param maxCallsPerSample the most calls one batch makes
 * @param maxElementsPerSample calls per batch times n stays within this, so the batch's arguments fit in the heap
 * @param warmUpBudgetNanos before the series, calls at the first size warm the JIT up for about this much CPU time
 * @param checkAnswers      report the answer of one call of every measured sample ({@link Event.GrowthAnswer}), so
 *                          the judge can compare it with the model answer's on the same input
 * @param checkSeed         seeds the choice of the reported call in each sample; the judge draws it at random, so
 *                          the code cannot know which of its calls will be checked
 * @param replay            when not empty, nothing is measured: the method is called once for each of these calls and
 *                          each answer is reported (how the model answer's worker answers the checked calls)
 */
public record GrowthJob(String generatorClass, String targetClass, String methodName, List<Integer> sizes, long seed,
                        int warmUpCalls, int measuredCalls, long sizeBudgetNanos, long callCapNanos,
                        long sampleTargetNanos, int maxCallsPerSample, long maxElementsPerSample,
                        long warmUpBudgetNanos, boolean checkAnswers, long checkSeed, List<GrowthCall> replay) {
    public GrowthJob {
        sizes = List.copyOf(sizes);
        replay = List.copyOf(replay);
    }

    /** The same series, answering {@code calls} instead of measuring. */
    public GrowthJob replaying(List<GrowthCall> calls) {
        return new GrowthJob(generatorClass, targetClass, methodName, sizes, seed, warmUpCalls, measuredCalls,
                sizeBudgetNanos, callCapNanos, sampleTargetNanos, maxCallsPerSample, maxElementsPerSample,
                warmUpBudgetNanos, true, checkSeed, calls);
    }
}
