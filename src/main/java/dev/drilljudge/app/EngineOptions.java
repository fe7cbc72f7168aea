package dev.drilljudge.app;

import dev.drilljudge.compile.CompiledClassesCache;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How many workers the engine runs at once, how many it keeps started ahead of need, and where compiled classes are
 * kept for reuse. Every worker JVM runs one job, whatever the options: no thread, system property or static state
 * of one submission reaches another.
 *
 * @param workerPoolSize judgements that run at once (batch use cases size their threads to it)
 * @param spareWorkers   never-used workers kept started per worker spec after each judgement, so the next one
 *                       (or a run whose worker was killed) finds a booted JVM instead of waiting for one; a test run's
 *                       workers and a growth series' are specs of their own (they warm up differently), and growth
 *                       spares are kept only for a problem that measures growth
 * @param classesCache   compiled tests and candidates, reused while what they were compiled from is unchanged
 * @param warmUpCompiler compile a one-line class as soon as the engine starts, so javac's start-up overlaps with
 *                       the caller's; worth it only when the first judgement will surely run javac
 */
public record EngineOptions(int workerPoolSize, int spareWorkers, CompiledClassesCache classesCache,
                            boolean warmUpCompiler) {
    private static final int BATCH_CACHED_CLASS_SETS = 64;
    private static final int DISK_CACHED_CLASS_SETS = 64;

    public EngineOptions {
        if (workerPoolSize < 1 || spareWorkers < 0) {
            throw new IllegalArgumentException("the pool size must be at least 1, spares at least 0");
        }
        if (classesCache == null) {
            throw new IllegalArgumentException("give CompiledClassesCache.NONE rather than null");
        }
    }

    /**
     * The workers the judgement needs, started while compiling: the shape of a `judge run` or `submit`. Each
     * command is a new JVM, so compiled classes are kept in {@code cacheFolder} when one is given, and no spare is
     * started after the judgement. javac is not warmed up: a submit keeps both cores busy, so a warm-up only moves
     * javac's start-up earlier at the worker's expense (two-sum, medians of 10: 946 ms with it and 935 without,
     * cache off; 776 and 773 ms for edited code), and a submit whose classes are all cached would pay for it with
     * nothing to compile.
     */
    public static EngineOptions interactive(Optional<Path> cacheFolder) {
        return new EngineOptions(1, 0, onDisk(cacheFolder), false);
    }

    /**
     * `judge serve`: one judgement at a time, with javac warmed up as soon as the server starts, and a fresh worker
     * JVM for every job exactly as everywhere else. After each judgement the next submit's workers are started, one
     * of each kind (the hidden tests', and the growth series' where the problem measures growth), so a submit finds
     * them booted and past their warm-up, and none of them boots while a judgement runs.
     */
    public static EngineOptions serving(Optional<Path> cacheFolder) {
        return new EngineOptions(1, 1, onDisk(cacheFolder), true);
    }

    /**
     * Judgements on every core and no idle spares: `judge verify` announces each problem's next judgement
     * ({@link JudgeEngine#announce}), so its workers boot while the current one runs, and no worker is started that
     * no judgement uses (a spare per core per worker spec used to be left over at the end, and after the last
     * problem of each memory limit). javac is warmed up at once: a verification surely compiles.
     */
    public static EngineOptions batch() {
        return new EngineOptions(cores(), 0, CompiledClassesCache.inMemory(BATCH_CACHED_CLASS_SETS), true);
    }

    /**
     * Like {@link #batch()} without idle spares: `judge grade` announces each next submission, so its fresh worker is
     * started while the current ones run, and exactly one worker is started per submission. javac is warmed up at the
     * first announcement ({@link JudgeEngine#prepare(java.util.List)}), not at start: a cohort shard that holds no
     * student, or no submission, never loads javac (an empty shard's `judge grade`: 1.0-1.3 s of CPU
     * time with the warm-up, 1.0-1.1 s without, 3 runs each: the JVM exits before javac is far into its start-up).
     */
    public static EngineOptions grading() {
        return new EngineOptions(cores(), 0, CompiledClassesCache.inMemory(BATCH_CACHED_CLASS_SETS), false);
    }

    private static CompiledClassesCache onDisk(Optional<Path> cacheFolder) {
        return cacheFolder.map(folder -> CompiledClassesCache.onDisk(folder, DISK_CACHED_CLASS_SETS))
                .orElse(CompiledClassesCache.NONE);
    }

    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
