package dev.drilljudge.scoring;

/** Both bars' scores for one submission, and the debrief. */
public record Scorecard(MetaScore meta, AmazonScore amazon, int overall, Debrief debrief) {
}
