package dev.drilljudge.scoring;

import dev.drilljudge.readability.Category;
import dev.drilljudge.readability.Readability;

/**
 * The Amazon (operational readability) bar: readable, defensive, and correct.
 * Readable but wrong does not pass: a submission that is not ACCEPTED is capped at {@link #NOT_ACCEPTED_CAP}.
 */
public final class AmazonScorer {
    public static final int NOT_ACCEPTED_CAP = 50;

    private AmazonScorer() {
    }

    public static AmazonScore score(ScoreInputs inputs) {
        Readability readability = inputs.readability();
        int readabilityPart = readability == null ? 0 : readability.score();
        // The edgeCases category already folds in the edge-tagged hidden tests (readability issue).
        int edgeCases = categoryOrZero(readability, Category.EDGE_CASES);
        int errorHandling = categoryOrZero(readability, Category.ERROR_HANDLING);
        int correctness = MetaScorer.correctness(inputs.judgement());
        AmazonWeights weights = inputs.amazonWeights();
        int total = Percent.weightedMean(
                new int[]{readabilityPart, edgeCases, errorHandling, correctness},
                new int[]{weights.readability(), weights.edgeCases(), weights.errorHandling(), weights.correctness()});
        if (!inputs.accepted()) {
            total = Math.min(total, NOT_ACCEPTED_CAP);
        }
        return new AmazonScore(total, readabilityPart, edgeCases, correctness);
    }

    /** With no analysis there is nothing to credit, so a missing readability scores 0, not the default 100. */
    static int categoryOrZero(Readability readability, Category category) {
        return readability == null ? 0 : readability.category(category);
    }
}
