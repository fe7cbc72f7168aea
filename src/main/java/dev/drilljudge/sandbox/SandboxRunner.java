package dev.drilljudge.sandbox;

import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.Outcome;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.EventCodec;
import dev.drilljudge.worker.protocol.EventType;
import dev.drilljudge.worker.protocol.Job;
import dev.drilljudge.worker.protocol.PlanNode;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs compiled tests in worker JVMs and keeps the books. The per-test and total wall-clock limits are
 * enforced here by killing the worker; after a kill the remaining tests run in a fresh worker while the
 * total budget lasts, so one slow test does not hide how the others went.
 */
public final class SandboxRunner {
    private static final int MAX_WORKERS_PER_RUN = 12;
    private static final int KEY_BYTES = 32;
    private static final long EXIT_WAIT_MS = 500;
    /** A worker JVM that needs longer than this to start and discover the tests is broken, not slow. */
    private static final long STARTUP_LIMIT_MS = 60_000;

    private final WorkerPool pool;
    private final SecureRandom random = new SecureRandom();

    public SandboxRunner(WorkerPool pool) {
        this.pool = pool;
    }

    public RunResult run(RunRequest request) {
        long startNanos = System.nanoTime();
        TimeBudget budget = new TimeBudget(TimeUnit.MILLISECONDS.toNanos(request.limits().totalTimeoutMs()));
        RunLedger ledger = new RunLedger();
        for (int attempt = 1; ; attempt++) {
            WorkerProcess worker = pool.acquire(request.workerSpec());
            AttemptEnd end = attempt(worker, request, ledger, budget);
            if (end == AttemptEnd.DONE) {
                pool.release(worker, !request.allowThreads() && worker.atBaseline());
                ledger.markUnfinished(TestStatus.RUNTIME_ERROR, "the test did not report a result");
                break;
            }
            worker.kill();
            if (end == AttemptEnd.STOPPED_AT_FAILURE) {
                ledger.markUnfinished(TestStatus.NOT_RUN, "not run: the run stopped at the first failure");
                break;
            }
            if (end == AttemptEnd.START_FAILED) {
                return new RunResult(ledger.orderedResults(), ledger.candidateOutput(), elapsedMs(startNanos),
                        "the worker JVM stopped before running any test: " + lastLine(worker.stderrTail()));
            }
            if (end == AttemptEnd.TOTAL_TIMEOUT) {
                ledger.markUnfinished(TestStatus.NOT_RUN,
                        "not run: the total time limit of " + request.limits().totalTimeoutMs() + " ms was used up");
                break;
            }
            if (!ledger.hasUnfinishedTests() || request.stopAtFirstFailure()) {
                ledger.markUnfinished(TestStatus.NOT_RUN, "not run: the run stopped at the first failure");
                break;
            }
            if (attempt >= MAX_WORKERS_PER_RUN) {
                ledger.markUnfinished(TestStatus.NOT_RUN, "not run: too many tests stopped the worker");
                break;
            }
        }
        return new RunResult(ledger.orderedResults(), ledger.candidateOutput(), elapsedMs(startNanos), "");
    }

    private enum AttemptEnd { DONE, TEST_TIMEOUT, TOTAL_TIMEOUT, WORKER_DIED, START_FAILED, STOPPED_AT_FAILURE }

    private AttemptEnd attempt(WorkerProcess worker, RunRequest request, RunLedger ledger, TimeBudget budget) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        EventCodec codec = new EventCodec(key);
        Set<String> excluded = ledger.idsToExclude();
        Job job = new Job(key, request.allowThreads(), request.allowApis(), request.limits().outputKb() * 1024L,
                request.unit().candidateClasses(), request.unit().supportClasses(), request.unit().testClasses(),
                request.unit().testClassNames(), excluded);
        try {
            worker.send(job);
            return readEvents(worker, codec, request, ledger, budget);
        } catch (IOException e) {
            return onWorkerDeath(worker, ledger);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptEnd.TOTAL_TIMEOUT;
        }
    }

    private AttemptEnd readEvents(WorkerProcess worker, EventCodec codec, RunRequest request, RunLedger ledger,
                                  TimeBudget budget) throws InterruptedException {
        long testLimitNanos = TimeUnit.MILLISECONDS.toNanos(request.limits().testTimeoutMs());
        long startupDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTUP_LIMIT_MS);
        long expectedSequence = 0;
        boolean planned = false;
        try {
            while (true) {
                long now = System.nanoTime();
                long deadline = !planned ? startupDeadline : ledger.inFlight() == null ? budget.deadline(now)
                        : Math.min(budget.deadline(now), ledger.inFlightStartNanos() + testLimitNanos);
                String line = worker.nextLine(TimeUnit.NANOSECONDS.toMillis(deadline - now) + 1);
                now = System.nanoTime();
                if (line == null) {
                    return planned ? onTimeout(request, ledger, budget, now) : AttemptEnd.START_FAILED;
                }
                if (WorkerProcess.END_OF_OUTPUT.equals(line)) {
                    return onWorkerDeath(worker, ledger);
                }
                Optional<Event> decoded = codec.decode(line);
                if (decoded.isEmpty() || decoded.get().sequence() != expectedSequence) {
                    continue;
                }
                expectedSequence++;
                if (decoded.get().type() == EventType.DONE) {
                    worker.reportedBaseline(decoded.get().field(0));
                }
                if (!planned && decoded.get().type() == EventType.PLAN) {
                    planned = true;
                    budget.resume(now);
                }
                if (apply(decoded.get(), ledger, now)) {
                    return AttemptEnd.DONE;
                }
                if (request.stopAtFirstFailure() && ledger.hasFailure()) {
                    return AttemptEnd.STOPPED_AT_FAILURE;
                }
            }
        } finally {
            budget.pause(System.nanoTime());
        }
    }

    /** Applies one event; true when the worker reported the run complete. */
    private static boolean apply(Event event, RunLedger ledger, long now) {
        switch (event.type()) {
            case PLAN -> ledger.addNodes(PlanNode.fromFields(event.fields()));
            case STARTED -> ledger.started(event.field(0), now);
            case FINISHED -> ledger.finished(event.field(0), Outcome.valueOf(event.field(1)), event.field(2), now);
            case CONTAINER_FAILED -> ledger.containerFailed(event.field(0), Outcome.valueOf(event.field(1)),
                    event.field(2));
            case THREAD_LIMIT -> ledger.endInFlight(TestStatus.RUNTIME_ERROR,
                    "started more than " + event.field(0) + " threads", now);
            case OUTPUT -> ledger.appendOutput(event.field(0));
            case DONE -> {
                return true;
            }
            case OUTPUT_EXCEEDED -> {
                // OUTPUT_EXCEEDED is also reported in the test's FINISHED outcome.
            }
        }
        return false;
    }

    private static AttemptEnd onTimeout(RunRequest request, RunLedger ledger, TimeBudget budget, long now) {
        if (budget.exhausted(now)) {
            ledger.endInFlight(TestStatus.TIME_LIMIT_EXCEEDED,
                    "exceeded the total time limit of " + request.limits().totalTimeoutMs() + " ms", now);
            return AttemptEnd.TOTAL_TIMEOUT;
        }
        ledger.endInFlight(TestStatus.TIME_LIMIT_EXCEEDED,
                "exceeded the time limit of " + request.limits().testTimeoutMs() + " ms for one test", now);
        return AttemptEnd.TEST_TIMEOUT;
    }

    private static AttemptEnd onWorkerDeath(WorkerProcess worker, RunLedger ledger) {
        if (!ledger.hasPlan()) {
            return AttemptEnd.START_FAILED;
        }
        int exitCode;
        try {
            exitCode = worker.awaitExit(EXIT_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exitCode = -1;
        }
        String stderr = worker.stderrTail();
        long now = System.nanoTime();
        if (stderr.contains("OutOfMemoryError")) {
            ledger.endInFlight(TestStatus.MEMORY_LIMIT_EXCEEDED, "ran out of memory", now);
        } else {
            ledger.endInFlight(TestStatus.RUNTIME_ERROR, "the JVM running the test stopped (exit code " + exitCode + ")",
                    now);
        }
        return AttemptEnd.WORKER_DIED;
    }

    private static String lastLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.lastIndexOf('\n');
        return trimmed.isEmpty() ? "no output" : trimmed.substring(newline + 1);
    }

    private static long elapsedMs(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
