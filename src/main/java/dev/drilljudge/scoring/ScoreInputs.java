package dev.drilljudge.scoring;

import dev.drilljudge.readability.Readability;
import dev.drilljudge.verdict.Judgement;

/**
 * Everything the scorers need about one submission; the session decides the counting rules before this.
 *
 * @param readability      null when the analysis could not run (e.g. the code does not parse)
 * @param targetSeconds    the time box of the drill, or of the problem when not timed
 * @param elapsedSeconds   time from the drill's start to this submit; null when not timed
 * @param rejectedAttempts rejected attempts so far, including this one when it is itself rejected
 * @param selfReported     the timing comes from a committed history (CI grading), not from this judge's clock
 * @param debug            the debug drill's measurements; null unless the submission answers a debug drill
 */
public record ScoreInputs(Judgement judgement, Readability readability, long targetSeconds, Long elapsedSeconds,
                          int rejectedAttempts, Style style, AmazonWeights amazonWeights, boolean selfReported,
                          DebugInputs debug) {
    public ScoreInputs(Judgement judgement, Readability readability, long targetSeconds, Long elapsedSeconds,
                       int rejectedAttempts, Style style, AmazonWeights amazonWeights, boolean selfReported) {
        this(judgement, readability, targetSeconds, elapsedSeconds, rejectedAttempts, style, amazonWeights,
                selfReported, null);
    }

    public ScoreInputs {
        if (judgement == null || style == null || amazonWeights == null) {
            throw new IllegalArgumentException("judgement, style and amazonWeights are required");
        }
        if (targetSeconds <= 0) {
            throw new IllegalArgumentException("targetSeconds must be positive, not " + targetSeconds);
        }
        if (elapsedSeconds != null && elapsedSeconds < 0) {
            throw new IllegalArgumentException("elapsedSeconds must not be negative, not " + elapsedSeconds);
        }
        if (rejectedAttempts < 0) {
            throw new IllegalArgumentException("rejectedAttempts must not be negative, not " + rejectedAttempts);
        }
    }

    /** A submit with no open drill: velocity is "not timed", both bars weigh equally. */
    public static ScoreInputs untimed(Judgement judgement, Readability readability, long targetSeconds) {
        return new ScoreInputs(judgement, readability, targetSeconds, null, 0, Style.BOTH,
                AmazonWeights.STANDARD, false);
    }

    /** The same inputs for a debug drill. */
    public ScoreInputs withDebug(DebugInputs debugInputs) {
        return new ScoreInputs(judgement, readability, targetSeconds, elapsedSeconds, rejectedAttempts, style,
                amazonWeights, selfReported, debugInputs);
    }

    public boolean timed() {
        return elapsedSeconds != null;
    }

    public boolean accepted() {
        return judgement.verdict().isAccepted();
    }
}
