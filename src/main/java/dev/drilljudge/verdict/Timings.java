package dev.drilljudge.verdict;

/**
 * Where the time of one judgement went, in milliseconds.
 *
 * @param testsReused     the tests' compiled classes came from the cache: the candidate's classes changed only
 *                        where the tests cannot see
 * @param candidateReused the candidate's compiled classes came from the cache: the very same code was compiled
 *                        before (e.g. by `judge run`)
 */
public record Timings(long compileMs, long runMs, long totalMs, boolean testsReused, boolean candidateReused) {
    public Timings(long compileMs, long runMs, long totalMs) {
        this(compileMs, runMs, totalMs, false, false);
    }
}
