package dev.drilljudge.scoring;

/** One number for the submission: the bar the drill practises for, or the mean of both. */
public final class OverallScore {
    private OverallScore() {
    }

    public static int of(Style style, MetaScore meta, AmazonScore amazon) {
        return switch (style) {
            case META -> meta.total();
            case AMAZON -> amazon.total();
            case BOTH -> Percent.weightedMean(new int[]{meta.total(), amazon.total()}, new int[]{1, 1});
        };
    }
}
