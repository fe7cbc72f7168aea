package dev.drilljudge.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Everything that changes the workspace or judges (save, start, run, submit, mock) runs here, one job at a time,
 * in arrival order: two submits from two tabs (or the page and a handed-over `judge submit`) are queued, never
 * dropped, and the drill state is never read and rewritten by two at once.
 */
final class JudgeQueue implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "judge-queue");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs the job after the ones before it and waits for its result; its own exception is rethrown as is. */
    <T> T run(Callable<T> job) throws Exception {
        Future<T> pending = worker.submit(job);
        try {
            return pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
