package dev.drilljudge.sandbox;

/**
 * Where the runs of one judgement get their workers. Per job (the default), every run takes a worker from the pool and
 * gives it back under the pool's rules: with one job per worker, a fresh JVM for every submission. For one submission
 * judged in several runs (`judge verify`'s hidden tests, sample tests and growth of the same accepted answer), a worker
 * that ended its job cleanly is kept for that submission's next run instead of starting another JVM: only after the
 * worker reported its threads and system properties back to their baseline, and never where threads are allowed (the
 * sandbox issue allows reuse within one submission on exactly these terms). Closing the lease retires what it holds, so
 * nothing carries over to another submission.
 */
public final class WorkerLease implements AutoCloseable {
    private final WorkerPool pool;
    private final boolean keepForTheSubmission;
    private WorkerProcess held;
    private boolean closed;

    private WorkerLease(WorkerPool pool, boolean keepForTheSubmission) {
        this.pool = pool;
        this.keepForTheSubmission = keepForTheSubmission;
    }

    /** Every run takes a worker from the pool and returns it there. */
    static WorkerLease perJob(WorkerPool pool) {
        return new WorkerLease(pool, false);
    }

    /** The runs of one submission share a worker while it stays clean; close it when the submission is judged. */
    public static WorkerLease forOneSubmission(WorkerPool pool) {
        return new WorkerLease(pool, true);
    }

    synchronized WorkerProcess acquire(WorkerSpec spec) {
        WorkerProcess kept = held;
        held = null;
        if (kept != null) {
            if (kept.isAlive() && kept.spec().equals(spec)) {
                return kept;
            }
            kept.retire();
        }
        return pool.acquire(spec);
    }

    /**
     * @param reusable        the job ended cleanly and the worker may run another one, as far as the pool's rules go
     * @param baselineChecked the worker reported its threads and system properties back to their baseline: only then
     *                        is it kept for the submission's next run
     */
    synchronized void release(WorkerProcess worker, boolean reusable, boolean baselineChecked) {
        if (keepForTheSubmission && reusable && baselineChecked && !closed && worker.isAlive() && held == null) {
            held = worker;
            return;
        }
        pool.release(worker, reusable);
    }

    /** Whether a worker is kept for the next run (for tests). */
    synchronized boolean holdsAWorker() {
        return held != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (held != null) {
            held.retire();
            held = null;
        }
    }
}
