package dev.drilljudge.app;

/**
 * How many workers the engine runs at once, how many it keeps warm, and how often one is reused.
 *
 * @param workerPoolSize   judgements that run at once (batch use cases size their threads to it)
 * @param maxRunsPerWorker jobs a worker runs before it is replaced (1: a fresh JVM every time)
 * @param spareWorkers     workers kept started ahead of need, so a kill or a new memory limit never waits
 *                         for a JVM to start
 */
public record EngineOptions(int workerPoolSize, int maxRunsPerWorker, int spareWorkers) {
    private static final int BATCH_RUNS_PER_WORKER = 20;

    public EngineOptions {
        if (workerPoolSize < 1 || maxRunsPerWorker < 1 || spareWorkers < 0) {
            throw new IllegalArgumentException("pool size and runs per worker must be at least 1, spares at least 0");
        }
    }

    /** One worker forked while compiling, used once: the shape of a `judge submit`. */
    public static EngineOptions interactive() {
        return new EngineOptions(1, 1, 0);
    }

    /** Judgements on every core with reused, pre-started workers: `judge grade` and `judge verify`. */
    public static EngineOptions batch() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new EngineOptions(cores, BATCH_RUNS_PER_WORKER, cores);
    }
}
