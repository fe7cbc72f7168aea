package dev.drilljudge.complexity;

import java.util.List;

/**
 * The growth classes a measured slope is named after, from slowest-growing to fastest. A slope is named by the
 * class whose band holds it, and a slope that is not optimal is always named by a class above the target's, so the
 * debrief never says "looks O(n); the target is O(n)".
 * <p>
 * The bands are wider above each polynomial degree than below it: a series that outgrows a cache level during the
 * measurement takes longer per step at its large sizes, so a quadratic loop measured on a busy 2-core runner had a
 * slope of 2.27, which is still O(n²) and not "O(n^2.5)".
 *
 * @param label       as the judge prints it
 * @param degree      the polynomial degree
 * @param log         a log factor rides on the degree
 * @param upperSlope  slopes below this (and at or above the previous class's) are named by this class; a class
 *                    whose bound equals the previous one's is only reached as "the next class above the target"
 */
record GrowthClass(String label, double degree, boolean log, double upperSlope) {
    static final List<GrowthClass> ASCENDING = List.of(
            new GrowthClass("O(1)", 0, false, 0.25),
            new GrowthClass("O(log n)", 0, true, 0.35),
            new GrowthClass("O(sqrt n)", 0.5, false, 0.75),
            new GrowthClass("O(n)", 1, false, 1.06),
            new GrowthClass("O(n log n)", 1, true, 1.6),
            new GrowthClass("O(n^2)", 2, false, 2.6),
            new GrowthClass("O(n^2 log n)", 2, true, 2.6),
            new GrowthClass("O(n^3)", 3, false, 3.6),
            new GrowthClass("O(n^3 log n)", 3, true, 3.6),
            new GrowthClass("O(n^4)", 4, false, 4.5),
            new GrowthClass("O(2^n)", Double.POSITIVE_INFINITY, false, Double.POSITIVE_INFINITY));

    /** The class a slope falls in, raised to the first class above {@code target} when it does not exceed it. */
    static GrowthClass of(double slope, BigO target) {
        GrowthClass named = ASCENDING.stream().filter(growth -> slope < growth.upperSlope()).findFirst()
                .orElse(ASCENDING.get(ASCENDING.size() - 1));
        if (named.above(target)) {
            return named;
        }
        return ASCENDING.stream().filter(growth -> growth.above(target)).findFirst()
                .orElse(ASCENDING.get(ASCENDING.size() - 1));
    }

    private boolean above(BigO target) {
        return degree > target.degree() || (degree == target.degree() && log && !target.log());
    }
}
