package dev.drilljudge.sandbox;

import dev.drilljudge.worker.protocol.Envelope;
import dev.drilljudge.worker.protocol.Event;
import dev.drilljudge.worker.protocol.EventCodec;
import dev.drilljudge.worker.protocol.Job;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a growth measurement in a worker, under its own CPU budget, with the same rules as a test: CPU time as the OS
 * counts it stops the worker, the wall clock is a backstop for idle code, and a series the machine starved is
 * reported as such rather than held against the code.
 */
public final class GrowthRunner {
    /** How a series the machine starved of CPU ends: not the code's fault, and measured once more by the caller. */
    public static final String STARVED = "the machine was too busy to finish the measurement";
    private static final long STARTUP_LIMIT_MS = 60_000;
    private static final long POLL_MS = 100;
    private static final int KEY_BYTES = 32;

    private final WorkerPool pool;
    private final SecureRandom random = new SecureRandom();

    public GrowthRunner(WorkerPool pool) {
        this.pool = pool;
    }

    public GrowthRun measure(GrowthRequest request) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        Job job = new Job(key, request.allowThreads(), request.allowApis(), request.outputLimitBytes(),
                request.unit().candidateClasses(), request.unit().supportClasses(), java.util.Map.of(), List.of(),
                Set.of(), request.job());
        WorkerProcess worker = pool.acquire(request.workerSpec().forGrowth());
        Series series = new Series();
        boolean clean = false;
        try {
            worker.send(job);
            clean = read(worker, new EventCodec(key), request, series);
        } catch (IOException e) {
            series.stop("the worker JVM stopped" + series.atSize());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            series.stop("interrupted");
        } finally {
            if (clean) {
                pool.release(worker);
            } else {
                worker.kill();
            }
        }
        return new GrowthRun(series.sizes, series.cpuNanos, series.note, series.answers);
    }

    /** Sizes and times as they arrive, and the size in flight. */
    private static final class Series {
        final List<Integer> sizes = new ArrayList<>();
        final List<Long> cpuNanos = new ArrayList<>();
        final List<Event.GrowthAnswer> answers = new ArrayList<>();
        String note = "";
        int sizeInFlight = -1;
        ProcessCpu atSizeStart = ProcessCpu.UNKNOWN;

        void stop(String why) {
            if (note.isEmpty()) {
                note = why;
            }
        }

        String atSize() {
            return sizeInFlight < 0 ? "" : " at n = " + sizeInFlight;
        }

        /** The size in flight counts with what it used so far: a lower bound, which still says it is slow. */
        void countInFlight(ProcessCpu used) {
            if (sizeInFlight > 0) {
                sizes.add(sizeInFlight);
                cpuNanos.add(used.cpuNanos());
                sizeInFlight = -1;
            }
        }
    }

    /** True when the worker finished the job and may be reused. */
    private boolean read(WorkerProcess worker, EventCodec codec, GrowthRequest request, Series series)
            throws InterruptedException {
        long budgetMs = request.cpuBudgetMs();
        TestTimeLimit limit = new TestTimeLimit(budgetMs);
        long startNanos = System.nanoTime();
        ProcessCpu atStart = null;
        long expected = 0;
        while (true) {
            long now = System.nanoTime();
            long waitMs = atStart == null ? STARTUP_LIMIT_MS - TimeUnit.NANOSECONDS.toMillis(now - startNanos) : POLL_MS;
            if (waitMs <= 0) {
                series.stop("the worker JVM did not start");
                return false;
            }
            String line = worker.nextLine(waitMs);
            now = System.nanoTime();
            if (WorkerProcess.END_OF_OUTPUT.equals(line)) {
                series.stop("the worker JVM stopped" + series.atSize());
                return false;
            }
            Optional<Envelope> decoded = line == null ? Optional.empty() : codec.decode(line);
            if (decoded.isPresent() && decoded.get().sequence() == expected) {
                expected++;
                Event event = decoded.get().event();
                if (atStart == null) {
                    atStart = worker.cpu();
                    startNanos = now;
                }
                if (event instanceof Event.GrowthSize size) {
                    series.sizeInFlight = size.n();
                    series.atSizeStart = worker.cpu();
                } else if (event instanceof Event.GrowthPoint point) {
                    series.sizes.add(point.n());
                    series.cpuNanos.add(point.cpuNanos());
                    series.sizeInFlight = -1;
                } else if (event instanceof Event.GrowthAnswer answer) {
                    series.answers.add(answer);
                } else if (event instanceof Event.GrowthStopped stopped) {
                    series.stop(stopped.why());
                } else if (event instanceof Event.Done) {
                    return true;
                }
                // Test-run events do not occur in a growth job.
            }
            if (atStart == null) {
                continue;
            }
            ProcessCpu used = worker.cpu().since(atStart);
            long cpuMs = TimeUnit.NANOSECONDS.toMillis(used.cpuNanos());
            long wallMs = TimeUnit.NANOSECONDS.toMillis(now - startNanos);
            long delayMs = used.knowsRunDelay() ? TimeUnit.NANOSECONDS.toMillis(used.runDelayNanos()) : -1;
            switch (limit.check(wallMs, cpuMs, delayMs)) {
                case CPU_LIMIT_EXCEEDED -> {
                    series.countInFlight(worker.cpu().since(series.atSizeStart));
                    series.stop("the measurement used its " + budgetMs + " ms of CPU time" + " before the end");
                    return false;
                }
                case IDLE_TIMEOUT -> {
                    series.stop("sleeping or blocked" + series.atSize());
                    return false;
                }
                case STARVED -> {
                    series.stop(STARVED + series.atSize());
                    return false;
                }
                default -> {
                    // Keep measuring.
                }
            }
        }
    }
}
