package dev.drilljudge.worker;

/** Thrown into the candidate's code once it has printed more than the output limit. */
final class OutputLimitExceededError extends Error {
    OutputLimitExceededError(long limitBytes) {
        super("printed more than " + limitBytes / 1024 + " KiB", null, false, false);
    }
}
