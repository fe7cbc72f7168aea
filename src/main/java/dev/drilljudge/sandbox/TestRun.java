package dev.drilljudge.sandbox;

import dev.drilljudge.verdict.TestStatus;

import java.util.Set;

/**
 * The judge's own record of one test: what the worker reported, timed and bounded by the judge.
 *
 * @param timeMs wall-clock time, as the judge saw it
 * @param cpuMs  CPU time, what the time limit is about; as the worker measured it, checked against the OS
 */
public record TestRun(String uniqueId, String className, String methodName, String displayName, Set<String> tags,
                      TestStatus status, long timeMs, long cpuMs, String message) {
    public TestRun {
        tags = Set.copyOf(tags);
    }

    /** A test whose CPU time was not measured. */
    public TestRun(String uniqueId, String className, String methodName, String displayName, Set<String> tags,
                   TestStatus status, long timeMs, String message) {
        this(uniqueId, className, methodName, displayName, tags, status, timeMs, 0, message);
    }
}
