package dev.drilljudge.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Worker JVMs started ahead of need, each used for exactly one job: no thread, system property, static field or
 * loaded class of one submission's code can reach another's, since every job gets a JVM that has run nothing but the
 * judge's own warm-up (a worker refuses a second job, see {@link WorkerProcess#send}). What the pool saves is the
 * wait for a JVM to boot: callers say which specs they will need ({@link #prepare}, or {@link #reserve} for one more
 * judgement ahead), so workers boot while the judge compiles, and {@link #replenish} keeps {@code spareWorkers}
 * never-used workers per spec for the next judgement, started once the current one is over so that their boot does
 * not compete with it for the CPU.
 * <p>
 * Every worker is forked by one long-lived launcher thread. bubblewrap's {@code --die-with-parent} kills a worker
 * when the <em>thread</em> that forked it ends, not the process: a worker forked by a short-lived thread (the
 * early start of `judge submit`) was killed as soon as that thread finished, in about a third of the runs.
 */
public final class WorkerPool implements AutoCloseable {
    private final Function<WorkerSpec, WorkerProcess> starter;
    private final ExecutorService launcher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "worker-launcher");
        thread.setDaemon(true);
        return thread;
    });
    private final int spareWorkers;
    /** Started workers that have run no job yet, oldest (the most likely to have booted) first. */
    private final Map<WorkerSpec, Deque<WorkerProcess>> idle = new HashMap<>();
    private int started;
    private boolean closed;

    /** @param spareWorkers never-used workers {@link #replenish} keeps per spec judged so far */
    public WorkerPool(SandboxLayers layers, int spareWorkers) {
        this(spec -> WorkerProcess.start(spec, layers), spareWorkers);
    }

    /** With the way a worker is started given: tests start light processes instead of JVMs. */
    WorkerPool(Function<WorkerSpec, WorkerProcess> starter, int spareWorkers) {
        if (spareWorkers < 0) {
            throw new IllegalArgumentException("spare workers must be >= 0, not " + spareWorkers);
        }
        this.starter = starter;
        this.spareWorkers = spareWorkers;
    }

    /** Ensures one idle worker for this spec, started now so its start-up overlaps with compilation. */
    public void prepare(WorkerSpec spec) {
        prepare(spec, 1);
    }

    /** Ensures {@code count} idle workers for this spec, for as many jobs about to start at once. */
    public synchronized void prepare(WorkerSpec spec, int count) {
        Deque<WorkerProcess> ready = aliveIdle(spec);
        while (!closed && ready.size() < count) {
            ready.add(startWorker(spec));
        }
    }

    /**
     * Starts one more worker for this spec now, for a judgement announced ahead: every upcoming judgement needs a JVM
     * of its own, so this never waits for an idle one to be counted.
     */
    public synchronized void reserve(WorkerSpec spec) {
        Deque<WorkerProcess> ready = aliveIdle(spec);
        if (!closed) {
            ready.add(startWorker(spec));
        }
    }

    /**
     * Tops this spec's idle workers up to the pool's spares, after a judgement: the next one finds workers that have
     * booted and run their warm-up while the candidate read the verdict.
     */
    public void replenish(WorkerSpec spec) {
        prepare(spec, spareWorkers);
    }

    /** Started workers of this spec that are idle and alive. */
    synchronized int idleWorkers(WorkerSpec spec) {
        return aliveIdle(spec).size();
    }

    /** Started workers that are idle and alive, of every spec. */
    public synchronized int idleWorkers() {
        return idle.keySet().stream().mapToInt(spec -> aliveIdle(spec).size()).sum();
    }

    /** Worker JVMs this pool has started so far. */
    synchronized int workersStarted() {
        return started;
    }

    /** A worker that has run no job: an idle one when there is one, else one started now. */
    synchronized WorkerProcess acquire(WorkerSpec spec) {
        if (closed) {
            throw new IllegalStateException("the worker pool is closed");
        }
        WorkerProcess worker = aliveIdle(spec).pollFirst();
        return worker != null ? worker : startWorker(spec);
    }

    /**
     * Takes a worker back after its job. It is never given another one: it is told to exit (stdin closed), and
     * whatever it leaves running is killed.
     */
    void release(WorkerProcess worker) {
        worker.retire();
    }

    private Deque<WorkerProcess> aliveIdle(WorkerSpec spec) {
        Deque<WorkerProcess> ready = idle.computeIfAbsent(spec, key -> new ArrayDeque<>());
        ready.removeIf(worker -> !worker.isAlive());
        return ready;
    }

    private WorkerProcess startWorker(WorkerSpec spec) {
        started++;
        try {
            return launcher.submit(() -> starter.apply(spec)).get();
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
