package dev.drilljudge.verdict;

import java.util.Set;

/**
 * One executed (or skipped) test.
 *
 * @param number      1-based position in the fixed run order
 * @param name        stable name, {@code SimpleClassName.method}
 * @param displayName JUnit's display name
 * @param tags        JUnit tags, e.g. edge, perf
 * @param message     a short message: the assertion message, never test source
 */
public record TestResult(int number, String name, String displayName, Set<String> tags,
                         TestStatus status, long timeMs, String message) {
    public TestResult {
        tags = Set.copyOf(tags);
        message = message == null ? "" : message;
    }

    public boolean passed() {
        return status == TestStatus.PASSED;
    }
}
