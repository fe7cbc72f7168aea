package dev.drilljudge.app;

import dev.drilljudge.compile.CompiledClassesCache;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How many workers the engine runs at once, how many it keeps warm, how often one is reused, and where
 * compiled classes are kept for reuse.
 *
 * @param workerPoolSize   judgements that run at once (batch use cases size their threads to it)
 * @param maxRunsPerWorker jobs a worker runs before it is replaced (1: a fresh JVM every time)
 * @param spareWorkers     workers kept started ahead of need, so a kill or a new memory limit never waits
 *                         for a JVM to start
 * @param classesCache     compiled tests and candidates, reused while what they were compiled from is unchanged
 * @param warmUpCompiler   compile a one-line class as soon as the engine starts, so javac's start-up overlaps with
 *                         the caller's; worth it only when the first judgement will surely run javac
 */
public record EngineOptions(int workerPoolSize, int maxRunsPerWorker, int spareWorkers,
                            CompiledClassesCache classesCache, boolean warmUpCompiler) {
    /** A fresh worker JVM for every submission: no thread, system property or static state carries over. */
    private static final int BATCH_RUNS_PER_WORKER = 1;
    private static final int BATCH_CACHED_CLASS_SETS = 64;
    private static final int DISK_CACHED_CLASS_SETS = 64;

    public EngineOptions {
        if (workerPoolSize < 1 || maxRunsPerWorker < 1 || spareWorkers < 0) {
            throw new IllegalArgumentException("pool size and runs per worker must be at least 1, spares at least 0");
        }
        if (classesCache == null) {
            throw new IllegalArgumentException("give CompiledClassesCache.NONE rather than null");
        }
    }

    /**
     * One worker forked while compiling, used once: the shape of a `judge run` or `submit`. Each command is a new
     * JVM, so compiled classes are kept in {@code cacheFolder} when one is given. javac is not warmed up: a submit
     * keeps both cores busy, so a warm-up only moves javac's start-up earlier at the worker's expense (two-sum,
     * medians of 10: 946 ms with it and 935 without, cache off; 776 and 773 ms for edited code), and a submit whose
     * classes are all cached would pay for it with nothing to compile.
     */
    public static EngineOptions interactive(Optional<Path> cacheFolder) {
        return new EngineOptions(1, 1, 0, cacheFolder
                .map(folder -> CompiledClassesCache.onDisk(folder, DISK_CACHED_CLASS_SETS))
                .orElse(CompiledClassesCache.NONE), false);
    }

    /**
     * Judgements on every core, a fresh worker for each, and a spare per core started ahead of need, ready for the
     * next judgement or to replace one a slow solution got killed: `judge verify`, whose slow solutions are killed
     * by design.
     */
    public static EngineOptions batch() {
        int cores = cores();
        return new EngineOptions(cores, BATCH_RUNS_PER_WORKER, cores,
                CompiledClassesCache.inMemory(BATCH_CACHED_CLASS_SETS), true);
    }

    /**
     * Like {@link #batch()} without idle spares: `judge grade` announces each next submission, so its fresh worker is
     * started while the current ones run, and exactly one worker is started per submission.
     */
    public static EngineOptions grading() {
        return new EngineOptions(cores(), BATCH_RUNS_PER_WORKER, 0,
                CompiledClassesCache.inMemory(BATCH_CACHED_CLASS_SETS), true);
    }

    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
