package dev.drilljudge.verdict;

/**
 * Where the time of one judgement went, in milliseconds.
 *
 * @param testsReused the tests' compiled classes came from the cache: the candidate's classes changed only where
 *                    the tests cannot see
 */
public record Timings(long compileMs, long runMs, long totalMs, boolean testsReused) {
    public Timings(long compileMs, long runMs, long totalMs) {
        this(compileMs, runMs, totalMs, false);
    }
}
