package dev.drilljudge.worker.protocol;

/** What the worker reports to the judge, one signed line each. */
public enum EventType {
    /** The tests JUnit will run, in run order. Fields: per test uniqueId, className, methodName, displayName, tags. */
    PLAN,
    STARTED,
    /** Fields: uniqueId, outcome, message. */
    FINISHED,
    /** A class or setup failed, so its tests never start. Fields: message. */
    CONTAINER_FAILED,
    /** The candidate printed more than the limit. */
    OUTPUT_EXCEEDED,
    /** The candidate started more threads than a worker tolerates. */
    THREAD_LIMIT,
    /** Fields: the candidate's captured output (truncated). */
    OUTPUT,
    /** Every test ran. Fields: how the worker differs from its baseline (threads, system properties); empty if not. */
    DONE
}
