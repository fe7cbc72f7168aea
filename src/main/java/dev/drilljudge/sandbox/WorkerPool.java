package dev.drilljudge.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Keeps warm worker JVMs ready so a judgement rarely waits for one to start. Callers say which specs they will
 * need ({@link #prepare}, or {@link #reserve} for one more judgement ahead), so workers for a problem's memory
 * limit start while the judge compiles; a spec that is acquired again and again also keeps {@code spareWorkers}
 * idle workers, ready to replace one that was killed or retired. Workers are reused for at most
 * {@code maxJobsPerWorker} jobs (1 everywhere the engine is built today: a fresh JVM per submission), and never
 * after a limit was breached, a job allowed threads, or the worker reported it was not back to its baseline.
 * <p>
 * Every worker is forked by one long-lived launcher thread. bubblewrap's {@code --die-with-parent} kills a worker
 * when the <em>thread</em> that forked it ends, not the process: a worker forked by a short-lived thread (the
 * early start of `judge submit`) was killed as soon as that thread finished, in about a third of the runs.
 */
public final class WorkerPool implements AutoCloseable {
    private final SandboxLayers layers;
    private final ExecutorService launcher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "worker-launcher");
        thread.setDaemon(true);
        return thread;
    });
    private final int spareWorkers;
    private final int maxJobsPerWorker;
    private final Map<WorkerSpec, Deque<WorkerProcess>> idle = new HashMap<>();
    /** Specs acquired at least once: only these keep spares, so a one-off memory limit costs one JVM, not three. */
    private final Set<WorkerSpec> recurring = new HashSet<>();
    private boolean closed;

    public WorkerPool(SandboxLayers layers, int spareWorkers, int maxJobsPerWorker) {
        if (spareWorkers < 0 || maxJobsPerWorker < 1) {
            throw new IllegalArgumentException("spare workers must be >= 0 and jobs per worker >= 1");
        }
        this.layers = layers;
        this.spareWorkers = spareWorkers;
        this.maxJobsPerWorker = maxJobsPerWorker;
    }

    /** Ensures one idle worker for this spec, started now so its start-up overlaps with compilation. */
    public void prepare(WorkerSpec spec) {
        prepare(spec, 1);
    }

    /** Ensures {@code count} idle workers for this spec, for as many judgements about to start at once. */
    public synchronized void prepare(WorkerSpec spec, int count) {
        Deque<WorkerProcess> ready = idle.computeIfAbsent(spec, key -> new ArrayDeque<>());
        ready.removeIf(worker -> !worker.isAlive());
        while (!closed && ready.size() < count) {
            ready.add(startWorker(spec));
        }
    }

    /**
     * Starts one more worker for this spec now, for a judgement announced ahead: with one job per worker, every
     * upcoming judgement needs a JVM of its own, so this never waits for an idle one to be counted.
     */
    public synchronized void reserve(WorkerSpec spec) {
        Deque<WorkerProcess> ready = idle.computeIfAbsent(spec, key -> new ArrayDeque<>());
        ready.removeIf(worker -> !worker.isAlive());
        if (!closed) {
            ready.add(startWorker(spec));
        }
    }

    /** Started workers of this spec that are idle and alive. */
    synchronized int idleWorkers(WorkerSpec spec) {
        return (int) idle.getOrDefault(spec, new ArrayDeque<>()).stream().filter(WorkerProcess::isAlive).count();
    }

    synchronized WorkerProcess acquire(WorkerSpec spec) {
        if (closed) {
            throw new IllegalStateException("the worker pool is closed");
        }
        Deque<WorkerProcess> ready = idle.computeIfAbsent(spec, key -> new ArrayDeque<>());
        WorkerProcess worker = ready.pollFirst();
        while (worker != null && !worker.isAlive()) {
            worker = ready.pollFirst();
        }
        if (worker == null) {
            worker = startWorker(spec);
        }
        if (!recurring.add(spec)) {
            while (ready.size() < spareWorkers) {
                ready.add(startWorker(spec));
            }
        }
        return worker;
    }

    /** Returns a worker after a clean job; it is retired instead when it may carry state or has run enough. */
    synchronized void release(WorkerProcess worker, boolean reusable) {
        if (!reusable || closed || worker.jobsRun() >= maxJobsPerWorker || !worker.isAlive()) {
            worker.retire();
            return;
        }
        idle.computeIfAbsent(worker.spec(), key -> new ArrayDeque<>()).addFirst(worker);
    }

    private WorkerProcess startWorker(WorkerSpec spec) {
        try {
            return launcher.submit(() -> WorkerProcess.start(spec, layers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting a worker JVM", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("cannot start the worker JVM", e.getCause());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        List<WorkerProcess> all = new ArrayList<>();
        idle.values().forEach(all::addAll);
        idle.clear();
        all.forEach(WorkerProcess::kill);
        launcher.shutdown();
    }
}
