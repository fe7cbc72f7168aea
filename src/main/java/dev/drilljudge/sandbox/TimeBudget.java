package dev.drilljudge.sandbox;

/**
 * The total time limit of a run, spent only while tests run: a worker JVM starting up (the first one, or a
 * fresh one after a kill) does not count against the candidate, so a loaded machine does not fail an answer.
 */
final class TimeBudget {
    private final long totalNanos;
    private long spentNanos;
    private long resumedAtNanos = -1;

    TimeBudget(long totalNanos) {
        this.totalNanos = totalNanos;
    }

    void resume(long nowNanos) {
        if (resumedAtNanos < 0) {
            resumedAtNanos = nowNanos;
        }
    }

    void pause(long nowNanos) {
        if (resumedAtNanos >= 0) {
            spentNanos += nowNanos - resumedAtNanos;
            resumedAtNanos = -1;
        }
    }

    /**
     * Gives back the wall time of a test the machine starved: its result is thrown away and it runs again in a fresh
     * worker, which must get the wall-clock time the first try used, or the rerun would find the budget spent and be
     * "starved" again at once.
     */
    void refund(long nanos) {
        spentNanos = Math.max(0, spentNanos - nanos);
    }

    /** When the budget runs out if it keeps running from now. */
    long deadline(long nowNanos) {
        return nowNanos + remaining(nowNanos);
    }

    boolean exhausted(long nowNanos) {
        return remaining(nowNanos) <= 0;
    }

    private long remaining(long nowNanos) {
        long running = resumedAtNanos >= 0 ? nowNanos - resumedAtNanos : 0;
        return totalNanos - spentNanos - running;
    }
}
