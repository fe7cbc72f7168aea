package dev.drilljudge.app;

/**
 * How many warm workers the engine keeps and how often one is reused.
 *
 * @param workerPoolSize   spare workers kept started ahead of time
 * @param maxRunsPerWorker jobs a worker runs before it is replaced (1: a fresh JVM every time)
 */
public record EngineOptions(int workerPoolSize, int maxRunsPerWorker) {
    private static final int BATCH_RUNS_PER_WORKER = 20;

    public EngineOptions {
        if (workerPoolSize < 1 || maxRunsPerWorker < 1) {
            throw new IllegalArgumentException("pool size and runs per worker must be at least 1");
        }
    }

    /** One pre-forked worker, used once: the shape of a `judge submit`. */
    public static EngineOptions interactive() {
        return new EngineOptions(1, 1);
    }

    /** A pool sized to the cores with reused workers: the shape of `judge grade` and `judge verify`. */
    public static EngineOptions batch() {
        return new EngineOptions(Math.max(1, Runtime.getRuntime().availableProcessors()), BATCH_RUNS_PER_WORKER);
    }
}
