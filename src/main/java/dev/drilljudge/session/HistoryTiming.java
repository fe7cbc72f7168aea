package dev.drilljudge.session;

/**
 * How long a problem took, as a committed history reports it: CI grading uses this as self-reported velocity.
 */
public record HistoryTiming(long elapsedSeconds, long targetSeconds, int rejectedAttempts) {
}
