package dev.drilljudge.verdict;

/** Where the time of one judgement went, in milliseconds. */
public record Timings(long compileMs, long runMs, long totalMs) {
}
