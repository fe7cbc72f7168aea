package dev.drilljudge.worker.protocol;

import java.util.List;

/**
 * One report from the worker to the judge, one signed line each ({@link EventCodec}). Each kind is a record whose
 * components are its fields: adding a field is adding a component (String, int, long, boolean, an enum, a record
 * or a List of those), and the codec carries it.
 */
public sealed interface Event {

    /** The tests JUnit will run, in run order (sent again for each dynamically registered test). */
    record Plan(List<PlanNode> nodes) implements Event {
        public Plan {
            nodes = List.copyOf(nodes);
        }
    }

    record Started(String testId) implements Event {
    }

    /**
     * @param message  the assertion message or the exception with the candidate's own line; never test source
     * @param cpuNanos the test's CPU time as the worker measured it (see TestCpuClock)
     */
    record Finished(String testId, TestOutcome outcome, String message, long cpuNanos) implements Event {
    }

    /**
     * JUnit skipped or aborted the test (e.g. a failed assumption). It never ran to the end, so it did not pass: the
     * judge counts it as a RUNTIME_ERROR with this message, whatever CPU time it used.
     */
    record Skipped(String testId, String message, long cpuNanos) implements Event {
    }

    /** A class or its setup failed (or was skipped), so its tests never start; they all get this outcome. */
    record ContainerFailed(String containerId, TestOutcome outcome, String message) implements Event {
    }

    /** The candidate printed more than the limit (the test in flight also finishes OUTPUT_LIMIT_EXCEEDED). */
    record OutputExceeded() implements Event {
    }

    /** The candidate started more threads than a worker tolerates; the worker halts right after. */
    record ThreadLimit(int maxThreads) implements Event {
    }

    /** @param text the candidate's captured output, truncated */
    record Output(String text) implements Event {
    }

    /** A growth measurement starts on a size. */
    record GrowthSize(int n) implements Event {
    }

    /** A size was measured: the fastest measured call's CPU time, and how many calls were measured. */
    record GrowthPoint(int n, long cpuNanos, int calls) implements Event {
    }

    /** The growth series stopped before its last size. */
    record GrowthStopped(String why) implements Event {
    }

    /**
     * Every test ran (or every size was measured).
     *
     * @param notAtBaseline how the worker differs from its baseline (threads, system properties); empty if not
     */
    record Done(String notAtBaseline) implements Event {
    }
}
