package dev.drilljudge.app;

import dev.drilljudge.compile.CompiledTestsCache;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How many workers the engine runs at once, how many it keeps warm, how often one is reused, and where
 * compiled tests are kept for reuse.
 *
 * @param workerPoolSize   judgements that run at once (batch use cases size their threads to it)
 * @param maxRunsPerWorker jobs a worker runs before it is replaced (1: a fresh JVM every time)
 * @param spareWorkers     workers kept started ahead of need, so a kill or a new memory limit never waits
 *                         for a JVM to start
 * @param testsCache       compiled tests reused while the candidate's visible surface is unchanged
 */
public record EngineOptions(int workerPoolSize, int maxRunsPerWorker, int spareWorkers,
                            CompiledTestsCache testsCache) {
    private static final int BATCH_RUNS_PER_WORKER = 20;
    private static final int BATCH_CACHED_TEST_SETS = 64;
    private static final int DISK_CACHED_TEST_SETS = 64;

    public EngineOptions {
        if (workerPoolSize < 1 || maxRunsPerWorker < 1 || spareWorkers < 0) {
            throw new IllegalArgumentException("pool size and runs per worker must be at least 1, spares at least 0");
        }
        if (testsCache == null) {
            throw new IllegalArgumentException("give CompiledTestsCache.NONE rather than null");
        }
    }

    /**
     * One worker forked while compiling, used once: the shape of a `judge run` or `submit`. Each command is a new
     * JVM, so compiled tests are kept in {@code cacheFolder} when one is given.
     */
    public static EngineOptions interactive(Optional<Path> cacheFolder) {
        return new EngineOptions(1, 1, 0, cacheFolder
                .map(folder -> CompiledTestsCache.onDisk(folder, DISK_CACHED_TEST_SETS))
                .orElse(CompiledTestsCache.NONE));
    }

    /**
     * Judgements on every core with reused workers and a spare per core, ready to replace one a slow solution got
     * killed: `judge verify`, whose slow solutions are killed by design.
     */
    public static EngineOptions batch() {
        int cores = cores();
        return new EngineOptions(cores, BATCH_RUNS_PER_WORKER, cores, CompiledTestsCache.inMemory(BATCH_CACHED_TEST_SETS));
    }

    /**
     * Like {@link #batch()} without idle spares: `judge grade` announces each next submission, so its worker is
     * started while the current ones run, and spares only burnt CPU (40 submissions on 2 cores: 7.2 s, 6.3 s without).
     */
    public static EngineOptions grading() {
        return new EngineOptions(cores(), BATCH_RUNS_PER_WORKER, 0, CompiledTestsCache.inMemory(BATCH_CACHED_TEST_SETS));
    }

    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
