package dev.drilljudge.sandbox;

import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.Envelope;
import dev.drilljudge.worker.protocol.EventCodec;
import dev.drilljudge.worker.protocol.Job;
import dev.drilljudge.worker.protocol.TestOutcome;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs compiled tests in worker JVMs and keeps the books. Time limits are CPU time (see {@link TestTimeLimit}): the
 * worker reports each test's CPU time in its signed FINISHED event, the judge checks it against the OS's count for
 * the worker's processes, and kills a worker whose test runs past the limit. The wall clock is a backstop for
 * sleeping or blocked code. After a kill the remaining tests run in a fresh worker while the total budget lasts,
 * so one slow test does not hide how the others went.
 * <p>
 * A test starved of CPU by a busy machine is not the candidate's fault: it is run once more in a fresh worker, and
 * starved again, the run ends with {@link #OVERLOADED}, which the verdict reports as a JUDGE_ERROR that is not
 * counted. Unless an earlier test already failed: the verdict is the first failure, so the starved test and those
 * after it are NOT_RUN and the verdict stands.
 */
public final class SandboxRunner {
    private static final int MAX_WORKERS_PER_RUN = 12;
    private static final int KEY_BYTES = 32;
    private static final long EXIT_WAIT_MS = 500;
    /** A worker JVM that needs longer than this to start and discover the tests is broken, not slow. */
    private static final long STARTUP_LIMIT_MS = 60_000;
    /** How often the judge reads the OS's CPU count of a worker whose test may be near its limit. */
    private static final long CPU_POLL_MS = 100;
    /** The total limit is CPU time too; its wall-clock backstop is this multiple plus {@link #TOTAL_EXTRA_MS}. */
    private static final int TOTAL_BACKSTOP_MULTIPLE = 3;
    private static final long TOTAL_EXTRA_MS = 10_000;
    public static final String OVERLOADED = "machine overloaded: the result is not counted";
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final WorkerPool pool;
    private final SecureRandom random = new SecureRandom();

    public SandboxRunner(WorkerPool pool) {
        this.pool = pool;
    }

    public RunResult run(RunRequest request) {
        long startNanos = System.nanoTime();
        TimeBudget budget = new TimeBudget(TimeUnit.MILLISECONDS.toNanos(
                TOTAL_BACKSTOP_MULTIPLE * request.limits().totalTimeoutMs() + TOTAL_EXTRA_MS));
        RunLedger ledger = new RunLedger();
        Set<String> starvedOnce = new HashSet<>();
        for (int attempt = 1; ; attempt++) {
            WorkerProcess worker = pool.acquire(request.workerSpec());
            Starvation starvation = new Starvation();
            AttemptEnd end = attempt(worker, request, ledger, budget, starvation);
            if (end == AttemptEnd.DONE) {
                pool.release(worker);
                ledger.markUnfinished(TestStatus.of(TestOutcome.RUNTIME_ERROR), "the test did not report a result");
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
            if (end == AttemptEnd.STARVED && !starvedOnce.add(starvation.testId)) {
                if (ledger.failedBefore(starvation.testNumber)) {
                    // The verdict is the first failure, decided on CPU time before the machine got busy: the starved
                    // test cannot change it, so the run is not thrown away.
                    ledger.markUnfinished(TestStatus.NOT_RUN,
                            "not run: the machine was too busy, and an earlier test had already failed");
                    break;
                }
                return new RunResult(ledger.orderedResults(), ledger.candidateOutput(), elapsedMs(startNanos),
                        OVERLOADED + " (test " + starvation.testNumber + " got " + starvation.cpuMs
                                + " ms of CPU time in " + starvation.wallMs + " ms, twice)");
            }
            if (end == AttemptEnd.STARVED) {
                budget.refund(TimeUnit.MILLISECONDS.toNanos(starvation.wallMs));
                continue;
            }
            if (end == AttemptEnd.TOTAL_TIMEOUT) {
                ledger.markUnfinished(TestStatus.NOT_RUN, "not run: the total time limit of "
                        + request.limits().totalTimeoutMs() + " ms of CPU time was used up");
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

    private enum AttemptEnd {
        DONE, TEST_TIMEOUT, TOTAL_TIMEOUT, WORKER_DIED, START_FAILED, STOPPED_AT_FAILURE, STARVED
    }

    /** The test a worker was killed on because the machine starved it, for the message if it happens twice. */
    private static final class Starvation {
        String testId;
        int testNumber;
        long cpuMs;
        long wallMs;
    }

    /** The OS's CPU count of the worker when the test in flight started. */
    private static final class InFlightCpu {
        String testId;
        ProcessCpu atStart = ProcessCpu.UNKNOWN;
        long nextPollNanos;
    }

    private AttemptEnd attempt(WorkerProcess worker, RunRequest request, RunLedger ledger, TimeBudget budget,
                               Starvation starvation) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        EventCodec codec = new EventCodec(key);
        Set<String> excluded = ledger.idsToExclude();
        Job job = new Job(key, request.allowThreads(), request.allowApis(), request.limits().outputKb() * 1024L,
                request.unit().candidateClasses(), request.unit().supportClasses(), request.unit().testClasses(),
                request.unit().testClassNames(), excluded);
        try {
            worker.send(job);
            return readEvents(worker, codec, request, ledger, budget, starvation);
        } catch (IOException e) {
            return onWorkerDeath(worker, ledger);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptEnd.TOTAL_TIMEOUT;
        }
    }

    private AttemptEnd readEvents(WorkerProcess worker, EventCodec codec, RunRequest request, RunLedger ledger,
                                  TimeBudget budget, Starvation starvation) throws InterruptedException {
        TestTimeLimit limit = new TestTimeLimit(request.limits().testTimeoutMs());
        long startupDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTUP_LIMIT_MS);
        long expectedSequence = 0;
        boolean planned = false;
        InFlightCpu inFlight = new InFlightCpu();
        try {
            while (true) {
                long now = System.nanoTime();
                if (planned && ledger.inFlight() != null) {
                    AttemptEnd end = checkInFlight(worker, request, limit, ledger, inFlight, now, starvation);
                    if (end != null) {
                        return end;
                    }
                }
                long deadline = !planned ? startupDeadline : ledger.inFlight() == null ? budget.deadline(now)
                        : Math.min(budget.deadline(now), inFlight.nextPollNanos);
                String line = worker.nextLine(TimeUnit.NANOSECONDS.toMillis(deadline - now) + 1);
                now = System.nanoTime();
                if (line == null) {
                    if (!planned) {
                        return AttemptEnd.START_FAILED;
                    }
                    if (budget.exhausted(now)) {
                        return onTotalBackstop(worker, request, ledger, inFlight, now, starvation);
                    }
                    continue;
                }
                if (WorkerProcess.END_OF_OUTPUT.equals(line)) {
                    return onWorkerDeath(worker, ledger);
                }
                Optional<Envelope> decoded = codec.decode(line);
                if (decoded.isEmpty() || decoded.get().sequence() != expectedSequence) {
                    continue;
                }
                expectedSequence++;
                Event event = decoded.get().event();
                if (event instanceof Event.Done done) {
                    worker.reportedBaseline(done.notAtBaseline());
                }
                if (!planned && event instanceof Event.Plan) {
                    planned = true;
                    budget.resume(now);
                }
                if (event instanceof Event.Started started) {
                    inFlight.testId = started.testId();
                    inFlight.atStart = worker.cpu();
                    // A test cannot use more CPU than the wall time on every core: no need to look before that.
                    inFlight.nextPollNanos = now + TimeUnit.MILLISECONDS.toNanos(
                            Math.max(CPU_POLL_MS, limit.limitMs() / CORES));
                }
                if (event instanceof Event.Finished || event instanceof Event.Skipped) {
                    finish(event, worker, limit, ledger, inFlight, now);
                } else if (apply(event, ledger, now)) {
                    return AttemptEnd.DONE;
                }
                if (ledger.chargedCpuMs() > request.limits().totalTimeoutMs()) {
                    return AttemptEnd.TOTAL_TIMEOUT;
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
        if (event instanceof Event.Plan plan) {
            ledger.addNodes(plan.nodes());
        } else if (event instanceof Event.Started started) {
            ledger.started(started.testId(), now);
        } else if (event instanceof Event.ContainerFailed failed) {
            ledger.containerFailed(failed.containerId(), failed.outcome(), failed.message());
        } else if (event instanceof Event.ThreadLimit limit) {
            ledger.endInFlight(TestOutcome.RUNTIME_ERROR, "started more than " + limit.maxThreads() + " threads", now);
        } else if (event instanceof Event.Output output) {
            ledger.appendOutput(output.text());
        } else if (event instanceof Event.Done) {
            return true;
        }
        // Finished and Skipped go through finish(), which charges CPU time. OutputExceeded needs nothing here: the
        // test in flight also finishes OUTPUT_LIMIT_EXCEEDED. Growth events do not occur in a test run.
        return false;
    }

    /**
     * A test finished: its CPU time is the worker's figure, believed as far as the OS's count of the whole worker
     * allows, and a test over the limit is TIME_LIMIT_EXCEEDED whatever its assertions said.
     */
    private static void finish(Event event, WorkerProcess worker, TestTimeLimit limit, RunLedger ledger,
                               InFlightCpu inFlight, long now) {
        String testId = event instanceof Event.Finished finished ? finished.testId() : ((Event.Skipped) event).testId();
        long reportedNanos = event instanceof Event.Finished finished ? finished.cpuNanos()
                : ((Event.Skipped) event).cpuNanos();
        long osCpuMs = testId.equals(inFlight.testId)
                ? TimeUnit.NANOSECONDS.toMillis(worker.cpu().since(inFlight.atStart).cpuNanos()) : 0;
        long reportedMs = reportedNanos < 0 ? osCpuMs : TimeUnit.NANOSECONDS.toMillis(reportedNanos);
        long chargedMs = TestTimeLimit.chargedCpuMs(reportedMs, osCpuMs);
        if (event instanceof Event.Finished finished) {
            String overLimit = limit.over(chargedMs) ? "used " + chargedMs + " ms of CPU time; the limit is "
                    + limit.limitMs() + " ms per test" : null;
            ledger.finished(testId, finished.outcome(), finished.message(), now, chargedMs, overLimit);
        } else {
            ledger.skipped(testId, ((Event.Skipped) event).message(), now, chargedMs);
        }
        inFlight.testId = null;
    }

    /** Null while the test in flight may go on; otherwise how the attempt ends (the worker is then killed). */
    private static AttemptEnd checkInFlight(WorkerProcess worker, RunRequest request, TestTimeLimit limit,
                                            RunLedger ledger, InFlightCpu inFlight, long now, Starvation starvation) {
        if (now < inFlight.nextPollNanos || !ledger.inFlight().equals(inFlight.testId)) {
            return null;
        }
        inFlight.nextPollNanos = now + TimeUnit.MILLISECONDS.toNanos(CPU_POLL_MS);
        ProcessCpu used = worker.cpu().since(inFlight.atStart);
        long cpuMs = TimeUnit.NANOSECONDS.toMillis(used.cpuNanos());
        long wallMs = TimeUnit.NANOSECONDS.toMillis(now - ledger.inFlightStartNanos());
        long delayMs = used.knowsRunDelay() ? TimeUnit.NANOSECONDS.toMillis(used.runDelayNanos()) : -1;
        switch (limit.check(wallMs, cpuMs, delayMs)) {
            case CPU_LIMIT_EXCEEDED -> {
                ledger.endInFlight(TestOutcome.TIME_LIMIT_EXCEEDED, "used more than " + limit.limitMs()
                        + " ms of CPU time; the limit is " + limit.limitMs() + " ms per test", now, cpuMs);
                return AttemptEnd.TEST_TIMEOUT;
            }
            case IDLE_TIMEOUT -> {
                ledger.endInFlight(TestOutcome.TIME_LIMIT_EXCEEDED, "still running after " + wallMs
                        + " ms of wall-clock time, using " + cpuMs + " ms of CPU: sleeping or blocked", now, cpuMs);
                return AttemptEnd.TEST_TIMEOUT;
            }
            case STARVED -> {
                recordStarvation(starvation, ledger, cpuMs, wallMs);
                return AttemptEnd.STARVED;
            }
            default -> {
                return null;
            }
        }
    }

    /** The total wall-clock backstop ran out: the test in flight is starved (rerun) or over the limit. */
    private static AttemptEnd onTotalBackstop(WorkerProcess worker, RunRequest request, RunLedger ledger,
                                              InFlightCpu inFlight, long now, Starvation starvation) {
        if (ledger.inFlight() != null && ledger.inFlight().equals(inFlight.testId)) {
            ProcessCpu used = worker.cpu().since(inFlight.atStart);
            long cpuMs = TimeUnit.NANOSECONDS.toMillis(used.cpuNanos());
            long wallMs = TimeUnit.NANOSECONDS.toMillis(now - ledger.inFlightStartNanos());
            long delayMs = used.knowsRunDelay() ? TimeUnit.NANOSECONDS.toMillis(used.runDelayNanos()) : -1;
            if (TestTimeLimit.starved(wallMs, cpuMs, delayMs)) {
                recordStarvation(starvation, ledger, cpuMs, wallMs);
                return AttemptEnd.STARVED;
            }
            ledger.endInFlight(TestOutcome.TIME_LIMIT_EXCEEDED,
                    "exceeded the total time limit of " + request.limits().totalTimeoutMs() + " ms", now, cpuMs);
        }
        return AttemptEnd.TOTAL_TIMEOUT;
    }

    private static void recordStarvation(Starvation starvation, RunLedger ledger, long cpuMs, long wallMs) {
        starvation.testId = ledger.inFlight();
        starvation.testNumber = ledger.numberOf(starvation.testId);
        starvation.cpuMs = cpuMs;
        starvation.wallMs = wallMs;
        ledger.abandonInFlight();
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
            ledger.endInFlight(TestOutcome.MEMORY_LIMIT_EXCEEDED, "ran out of memory", now);
        } else {
            ledger.endInFlight(TestOutcome.RUNTIME_ERROR, "the JVM running the test stopped (exit code " + exitCode + ")",
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
