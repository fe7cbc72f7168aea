package dev.drilljudge.scoring;

/**
 * How the Amazon total weighs its parts (integer weights, summing to 100).
 *
 * @param errorHandling weight of the readability errorHandling category on its own; 0 outside an Amazon mock
 *                      round, where the bar raiser probes "how does it behave when things fail" explicitly
 */
public record AmazonWeights(int readability, int edgeCases, int errorHandling, int correctness) {
    /** A drill or an untimed submit: readability leads, edge cases and correctness share the rest. */
    public static final AmazonWeights STANDARD = new AmazonWeights(40, 30, 0, 30);
    /** An Amazon mock round: edge cases and error handling weigh more, as the issue asks. */
    public static final AmazonWeights MOCK_ROUND = new AmazonWeights(30, 30, 20, 20);

    public AmazonWeights {
        if (readability < 0 || edgeCases < 0 || errorHandling < 0 || correctness < 0
                || readability + edgeCases + errorHandling + correctness != 100) {
            throw new IllegalArgumentException("Amazon weights must be non-negative and sum to 100");
        }
    }
}
