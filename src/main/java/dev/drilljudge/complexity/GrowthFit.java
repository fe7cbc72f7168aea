package dev.drilljudge.complexity;

import dev.drilljudge.verdict.Complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns CPU times at doubling sizes into a verdict on growth: the slope of log(time) over log(n), as in an empirical
 * "doubling experiment" (Sedgewick). The slope is Theil–Sen's, the median of the slopes between every two sizes,
 * not least squares': one size the machine disturbed (a cache the series outgrew, a collection, a late JIT) moves a
 * least-squares slope enough to flip a verdict, and barely moves the median. Sizes whose time is too small to measure
 * well are left out of the fit. A slope within {@link #TOLERANCE} of the target's degree is optimal ({@link #LOG_TOLERANCE} more when the
 * target carries a log factor, since n log n over n = 2k..64k has a slope of about 1.1).
 */
public final class GrowthFit {
    /** How far above the target's degree a slope may be and still count as optimal. */
    public static final double TOLERANCE = 0.3;
    public static final double LOG_TOLERANCE = 0.15;
    /**
     * Times under this are mostly timer and call overhead, not the algorithm. The worker times calls this short in
     * batches of about a millisecond, so 20 µs is measured to within a percent or so.
     */
    public static final double MIN_FITTED_MS = 0.02;
    public static final int MIN_FITTED_SIZES = 3;
    /** A slope a full degree above the target's scores 0; in between, the score falls linearly. */
    private static final double ZERO_SCORE_EXCESS = 1.0;

    private GrowthFit() {
    }

    /**
     * @param cpuMs the time at each size; the last may be a lower bound (the size timed out), which still counts
     * @param note  why the series ended early, or empty
     */
    public static Complexity fit(String expected, List<Integer> sizes, List<Double> cpuMs, String note) {
        return fit(expected, Set.of(), sizes, cpuMs, note);
    }

    /** @param fixed the variables of {@code expected} the generator holds constant */
    public static Complexity fit(String expected, Set<String> fixed, List<Integer> sizes, List<Double> cpuMs,
                                 String note) {
        BigO target = BigO.parse(expected, fixed);
        double allowed = allowed(target);
        List<Double> logSizes = new ArrayList<>();
        List<Double> logTimes = new ArrayList<>();
        for (int index = 0; index < Math.min(sizes.size(), cpuMs.size()); index++) {
            if (cpuMs.get(index) >= MIN_FITTED_MS) {
                logSizes.add(Math.log(sizes.get(index)));
                logTimes.add(Math.log(cpuMs.get(index)));
            }
        }
        List<Double> rounded = cpuMs.stream().map(ms -> Math.round(ms * 1000) / 1000.0).toList();
        List<Integer> measured = sizes.subList(0, rounded.size());
        if (logSizes.size() < MIN_FITTED_SIZES && !(logSizes.size() == 2 && !note.isEmpty())) {
            if (note.isEmpty() && rounded.size() == sizes.size()) {
                // Every size ran, and nearly all too fast to time: whatever the growth, it is not a problem here.
                String why = logSizes.isEmpty() ? "faster than " + MIN_FITTED_MS + " ms even at the largest sizes"
                        : "only " + logSizes.size() + (logSizes.size() == 1 ? " size" : " sizes") + " took "
                        + MIN_FITTED_MS + " ms or more, too few to fit";
                return new Complexity(expected, null, null, true, measured, rounded, why, target.degree(), allowed);
            }
            String why = note.isEmpty() ? "too few sizes took long enough to time" : note;
            return new Complexity(expected, null, null, false, measured, rounded, why, target.degree(), allowed);
        }
        double slope = Math.round(slope(logSizes, logTimes) * 100) / 100.0;
        boolean optimal = slope <= allowed;
        String looksLike = optimal ? target.label() : GrowthClass.of(slope, target).label();
        return new Complexity(expected, slope, looksLike, optimal, measured, rounded, note, target.degree(), allowed);
    }

    /** The largest slope still counted optimal for this target. */
    public static double allowed(BigO target) {
        return target.degree() + TOLERANCE + (target.log() ? LOG_TOLERANCE : 0);
    }

    /**
     * The Meta complexity score of a measurement: 0 when an answer of the series was wrong; 100 when optimal, 0 when the slope is a whole degree or more
     * above the target's, linear in between: {@code 100 × (degree + 1 − slope) / (1 − allowance)}.
     */
    public static int score(Complexity complexity) {
        if (complexity.answers().anyWrong()) {
            // Fast wrong answers are not a growth: nothing is credited.
            return 0;
        }
        if (!complexity.fitted()) {
            return complexity.optimal() ? 100 : 0;
        }
        double excess = complexity.exponent() - complexity.targetExponent();
        double allowance = complexity.allowedExponent() - complexity.targetExponent();
        if (excess <= allowance) {
            return 100;
        }
        if (excess >= ZERO_SCORE_EXCESS) {
            return 0;
        }
        return (int) Math.round(100 * (ZERO_SCORE_EXCESS - excess) / (ZERO_SCORE_EXCESS - allowance));
    }

    /** The median of the slopes between every two points (Theil–Sen); the sizes are distinct. */
    static double slope(List<Double> xs, List<Double> ys) {
        List<Double> pairSlopes = new ArrayList<>();
        for (int left = 0; left < xs.size(); left++) {
            for (int right = left + 1; right < xs.size(); right++) {
                pairSlopes.add((ys.get(right) - ys.get(left)) / (xs.get(right) - xs.get(left)));
            }
        }
        pairSlopes.sort(null);
        int middle = pairSlopes.size() / 2;
        return pairSlopes.size() % 2 == 1 ? pairSlopes.get(middle)
                : (pairSlopes.get(middle - 1) + pairSlopes.get(middle)) / 2;
    }
}
