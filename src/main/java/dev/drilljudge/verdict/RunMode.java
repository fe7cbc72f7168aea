package dev.drilljudge.verdict;

/** Which tests a judgement ran: `judge run` uses the samples, `judge submit` the hidden tests. */
public enum RunMode {
    SAMPLE,
    HIDDEN
}
