package dev.drilljudge.session;

import dev.drilljudge.scoring.DebugInputs;
import dev.drilljudge.scoring.ScoringContext;

/**
 * How long a problem took, as a committed history reports it: CI grading uses this as self-reported velocity.
 */
public record HistoryTiming(long elapsedSeconds, long targetSeconds, int rejectedAttempts) {

    /** CI grading's scoring context: this timing, marked self-reported; {@code debug} is null outside a debug drill. */
    public ScoringContext selfReported(DebugInputs debug) {
        return new ScoringContext.SelfReported(targetSeconds, elapsedSeconds, rejectedAttempts, debug);
    }
}
