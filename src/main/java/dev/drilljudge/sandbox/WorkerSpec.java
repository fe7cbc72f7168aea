package dev.drilljudge.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * What a worker JVM is started with; an idle worker is only handed out for a job with an equal spec, so a worker
 * started for a growth series never runs tests and the other way round.
 *
 * @param heapMb      the -Xmx of the worker, from the problem's memory limit
 * @param hiddenPaths folders masked inside the OS sandbox (the problem bank)
 * @param kind        the one kind of job the worker runs, which decides its warm-up
 */
public record WorkerSpec(int heapMb, List<Path> hiddenPaths, Kind kind) {
    /**
     * The kind of job a worker is started for. A worker warms up for that kind only: a test run's worker runs a JUnit
     * warm-up job (about three fifths of its start's CPU time), which a growth series, calling the code directly,
     * never needs.
     */
    public enum Kind {
        /** Runs the hidden or sample tests through JUnit. */
        TESTS,
        /** Measures a growth series: calls the candidate's method itself, no JUnit. */
        GROWTH
    }

    public WorkerSpec {
        hiddenPaths = List.copyOf(hiddenPaths);
        if (kind == null) {
            throw new IllegalArgumentException("a worker spec needs a kind of job");
        }
    }

    /** A worker for test runs. */
    public WorkerSpec(int heapMb, List<Path> hiddenPaths) {
        this(heapMb, hiddenPaths, Kind.TESTS);
    }

    /** The same worker, started for a growth series. */
    public WorkerSpec forGrowth() {
        return new WorkerSpec(heapMb, hiddenPaths, Kind.GROWTH);
    }
}
