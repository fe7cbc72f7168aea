package dev.drilljudge.bench;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Spearman's rank correlation and its partial form, as readability studies report them: ties share their average
 * rank, and the partial correlation of x and y given z is computed from the three pairwise rank correlations,
 * r_xy.z = (r_xy - r_xz r_yz) / sqrt((1 - r_xz^2)(1 - r_yz^2)).
 */
public final class RankCorrelation {
    private RankCorrelation() {
    }

    /** Spearman's rho: Pearson's correlation of the average ranks. NaN when either side is constant. */
    public static double spearman(double[] x, double[] y) {
        requireSameLength(x, y);
        return pearson(ranks(x), ranks(y));
    }

    /** Spearman's partial correlation of x and y with z held fixed. NaN when z explains x or y entirely. */
    public static double partialSpearman(double[] x, double[] y, double[] z) {
        requireSameLength(x, y);
        requireSameLength(x, z);
        double xy = spearman(x, y);
        double xz = spearman(x, z);
        double yz = spearman(y, z);
        return (xy - xz * yz) / Math.sqrt((1 - xz * xz) * (1 - yz * yz));
    }

    /** 1-based ranks; tied values all get the mean of the ranks they span. */
    static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, index -> index);
        Arrays.sort(order, Comparator.comparingDouble(index -> values[index]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double sharedRank = (start + end) / 2.0 + 1;
            for (int position = start; position <= end; position++) {
                ranks[order[position]] = sharedRank;
            }
            start = end + 1;
        }
        return ranks;
    }

    static double pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElse(Double.NaN);
        double meanY = Arrays.stream(y).average().orElse(Double.NaN);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int index = 0; index < x.length; index++) {
            double dx = x[index] - meanX;
            double dy = y[index] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    private static void requireSameLength(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + a.length + " and " + b.length);
        }
    }
}
