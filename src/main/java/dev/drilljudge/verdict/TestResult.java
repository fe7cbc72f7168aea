package dev.drilljudge.verdict;

import java.util.Set;

/**
 * One executed (or skipped) test.
 *
 * @param number      1-based position in the fixed run order
 * @param name        stable name, {@code SimpleClassName.method}
 * @param displayName JUnit's display name
 * @param tags        JUnit tags, e.g. edge, perf
 * @param timeMs      wall-clock time
 * @param cpuMs       CPU time, what the time limit is about
 * @param message     a short message: the assertion message, never test source
 */
public record TestResult(int number, String name, String displayName, Set<String> tags,
                         TestStatus status, long timeMs, long cpuMs, String message) {
    public TestResult {
        tags = Set.copyOf(tags);
        message = message == null ? "" : message;
    }

    /** A result whose CPU time was not measured. */
    public TestResult(int number, String name, String displayName, Set<String> tags, TestStatus status, long timeMs,
                      String message) {
        this(number, name, displayName, tags, status, timeMs, 0, message);
    }

    public boolean passed() {
        return status == TestStatus.PASSED;
    }
}
