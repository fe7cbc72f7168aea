package dev.drilljudge.problem;

import java.util.List;

/**
 * A problem's {@code complexity:} section: the target growth and how to measure a submission's.
 *
 * @param time       the target, as written, e.g. {@code O(n)}, {@code O(n log n)}, {@code O(n*m)}
 * @param generator  binary name of a class in {@code support/} with {@code public static Object[] arguments(int n,
 *                   long seed)}: the arguments for size n, the same for the same seed
 * @param className  the candidate's class whose method is measured (a new instance per call), e.g. {@code Solution}
 * @param methodName the method called with the generator's arguments, e.g. {@code twoSum}
 * @param sizes      the sizes measured, smallest first, each double the one before
 * @param fixed      variables of {@code time} the generator holds constant (e.g. the number of coins)
 * @param checkAnswers the series' answers are compared with the model answer's (default); false where the generated
 *                   inputs may have several right answers, which one model answer cannot judge
 */
public record ComplexitySpec(String time, String generator, String className, String methodName, List<Integer> sizes,
                             List<String> fixed, boolean checkAnswers) {
    public static final int DEFAULT_MIN_SIZE = 1_000;
    public static final int DEFAULT_MAX_SIZE = 64_000;

    public ComplexitySpec {
        sizes = List.copyOf(sizes);
        fixed = List.copyOf(fixed);
    }

    /** A section that checks the series' answers (the default). */
    public ComplexitySpec(String time, String generator, String className, String methodName, List<Integer> sizes,
                          List<String> fixed) {
        this(time, generator, className, methodName, sizes, fixed, true);
    }

    /** min, 2·min, 4·min … up to max (inclusive when max is min times a power of two). */
    public static List<Integer> doubling(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("sizes must satisfy 1 <= min <= max, not " + min + ".." + max);
        }
        List<Integer> sizes = new java.util.ArrayList<>();
        for (long size = min; size <= max; size *= 2) {
            sizes.add((int) size);
        }
        return sizes;
    }
}
