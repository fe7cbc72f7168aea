package dev.drilljudge.scoring;

/** The Amazon (operational readability) scorecard, each part 0-100. */
public record AmazonScore(int total, int readability, int edgeCases, int correctness) {
}
