package dev.drilljudge.verdict;

import dev.drilljudge.worker.protocol.TestOutcome;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A test's status in a judgement: how it ended ({@link TestOutcome}, the worker's own vocabulary), or NOT_RUN
 * when the run stopped before reaching it (the worker was killed on a limit and the total time was used up).
 * One instance per status, so statuses compare with {@code ==}; {@link #name()} is the JSON and report spelling.
 */
public final class TestStatus {
    private static final Map<TestOutcome, TestStatus> ENDED = new EnumMap<>(TestOutcome.class);

    static {
        for (TestOutcome outcome : TestOutcome.values()) {
            ENDED.put(outcome, new TestStatus(outcome));
        }
    }

    public static final TestStatus PASSED = of(TestOutcome.PASSED);
    public static final TestStatus NOT_RUN = new TestStatus(null);

    private final TestOutcome outcome;

    private TestStatus(TestOutcome outcome) {
        this.outcome = outcome;
    }

    public static TestStatus of(TestOutcome outcome) {
        return ENDED.get(outcome);
    }

    /** The status spelled {@code name}: an outcome's name or NOT_RUN. */
    public static TestStatus valueOf(String name) {
        return NOT_RUN.name().equals(name) ? NOT_RUN : of(TestOutcome.valueOf(name));
    }

    /** How the test ended; empty when it did not run. */
    public Optional<TestOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public String name() {
        return outcome == null ? "NOT_RUN" : outcome.name();
    }

    /** The verdict this status gives a whole run when it is the first failing test. */
    public Verdict asVerdict() {
        if (outcome == null) {
            return Verdict.TIME_LIMIT_EXCEEDED;
        }
        return switch (outcome) {
            case PASSED -> Verdict.ACCEPTED;
            case WRONG_ANSWER -> Verdict.WRONG_ANSWER;
            case RUNTIME_ERROR -> Verdict.RUNTIME_ERROR;
            case TIME_LIMIT_EXCEEDED -> Verdict.TIME_LIMIT_EXCEEDED;
            case MEMORY_LIMIT_EXCEEDED -> Verdict.MEMORY_LIMIT_EXCEEDED;
            case OUTPUT_LIMIT_EXCEEDED -> Verdict.OUTPUT_LIMIT_EXCEEDED;
            case SECURITY_VIOLATION -> Verdict.SECURITY_VIOLATION;
        };
    }

    @Override
    public String toString() {
        return name();
    }
}
