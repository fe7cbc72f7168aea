package dev.drilljudge.sandbox;

import dev.drilljudge.verdict.TestStatus;

import java.util.Set;

/** The judge's own record of one test: what the worker reported, timed and bounded by the judge. */
public record TestRun(String uniqueId, String className, String methodName, String displayName, Set<String> tags,
                      TestStatus status, long timeMs, String message) {
    public TestRun {
        tags = Set.copyOf(tags);
    }
}
