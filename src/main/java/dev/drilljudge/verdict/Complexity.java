package dev.drilljudge.verdict;

import java.util.List;

/**
 * A submission's measured growth: CPU time at a doubling series of input sizes, and the slope of the log-log fit.
 *
 * @param expected  the problem's target, e.g. {@code O(n)}
 * @param exponent  the fitted slope of log(CPU time) over log(n), rounded to two decimals; null when too few sizes
 *                  could be measured
 * @param looksLike the growth the slope suggests, e.g. {@code O(n^2)}; null with {@code exponent}
 * @param optimal   the slope is within the tolerance of the target's
 * @param sizes     the sizes measured
 * @param cpuMs     the CPU time at each size (the fastest of the measured runs), in ms with three decimals
 * @param note      why the series ended early or could not be fitted; empty when it ran to the end
 * @param targetExponent  the slope the target has (its polynomial degree in the generator's n)
 * @param allowedExponent the largest slope still counted optimal
 * @param answers   what comparing the series' answers with the model answer's found
 */
public record Complexity(String expected, Double exponent, String looksLike, boolean optimal, List<Integer> sizes,
                         List<Double> cpuMs, String note, double targetExponent, double allowedExponent,
                         GrowthAnswers answers) {
    public Complexity {
        sizes = List.copyOf(sizes);
        cpuMs = List.copyOf(cpuMs);
        note = note == null ? "" : note;
        answers = answers == null ? GrowthAnswers.NONE : answers;
    }

    /** A measurement whose answers were not checked. */
    public Complexity(String expected, Double exponent, String looksLike, boolean optimal, List<Integer> sizes,
                      List<Double> cpuMs, String note, double targetExponent, double allowedExponent) {
        this(expected, exponent, looksLike, optimal, sizes, cpuMs, note, targetExponent, allowedExponent,
                GrowthAnswers.NONE);
    }

    /**
     * The measurement with its answer check. A wrong answer voids the growth: timing code that does not solve the
     * problem says nothing about the code that does, so it is not optimal, has no growth label, and its note says
     * where the answer was wrong (the measured slope stays, for the record).
     */
    public Complexity withAnswers(GrowthAnswers checked) {
        if (checked.anyWrong()) {
            return new Complexity(expected, exponent, null, false, sizes, cpuMs, checked.wrongNote(), targetExponent,
                    allowedExponent, checked);
        }
        return new Complexity(expected, exponent, looksLike, optimal, sizes, cpuMs, note, targetExponent,
                allowedExponent, checked);
    }

    public boolean fitted() {
        return exponent != null;
    }
}
