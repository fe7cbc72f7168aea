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

    /**
     * The answer of one call of a growth series, for the judge to compare with the model answer's on the same input
     * (the same generator size and seed).
     *
     * @param result   the returned value in the repro notation (JSON; trees in level order), all ASCII, cut after
     *                 {@link #LIMIT_CHARS}; or why it could not be written (then {@code rendered} is false)
     * @param cut      the value was longer than {@link #LIMIT_CHARS} and {@code result} is its beginning
     * @param rendered the call returned and its value was written; false when writing it threw (or, in the model
     *                 answer's worker, when the call itself failed)
     */
    record GrowthAnswer(int n, long seed, String result, boolean cut, boolean rendered) implements Event {
        /** Keeps a signed line (base64 of the payload) under the judge's 1 MiB line limit. */
        public static final int LIMIT_CHARS = 500_000;
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
