package dev.drilljudge.sandbox;

import java.util.concurrent.TimeUnit;

/**
 * How one test's time is judged: CPU time against the limit, the wall clock only as a backstop (Kattis and
 * DOMjudge do the same). Pure arithmetic over what the judge measured, so every rule is tested without a clock.
 * <ul>
 *   <li>CPU time over the limit (plus a little slack for the JVM's own threads, when the worker is killed mid-test)
 *       is TIME_LIMIT_EXCEEDED, however long the wall clock says it took.</li>
 *   <li>At the wall-clock backstop ({@value #BACKSTOP_MULTIPLE}× the limit plus {@value #BACKSTOP_EXTRA_MS} ms) a
 *       test that is <em>idle</em> (sleeping, blocked, deadlocked: it neither ran nor waited to run) is
 *       TIME_LIMIT_EXCEEDED: only the wall clock can stop it.</li>
 *   <li>A test that is <em>starved</em> (runnable, but the machine gave it no CPU) keeps its time until the
 *       starvation cap ({@value #STARVED_CAP_MULTIPLE}× the limit plus {@value #STARVED_CAP_EXTRA_MS} ms); there it is
 *       the machine's fault, not the candidate's: the judge reruns it.</li>
 * </ul>
 */
public final class TestTimeLimit {
    static final int BACKSTOP_MULTIPLE = 3;
    static final long BACKSTOP_EXTRA_MS = 2_000;
    static final int STARVED_CAP_MULTIPLE = 10;
    static final long STARVED_CAP_EXTRA_MS = 10_000;
    /** CPU of the JVM's own threads (JIT, GC) the OS counts beside the test's before the worker is killed. */
    static final long KILL_SLACK_MIN_MS = 250;
    /** A worker's report may exceed the OS figure by this much (clock granularity) and still be believed. */
    static final long REPORT_TOLERANCE_MS = 50;
    /**
     * Starved: CPU time plus time spent waiting to run cover at least this share of the wall time. A sleeping test
     * has almost neither; a starved one has both, since it was runnable all along.
     */
    static final double STARVED_SHARE = 0.5;
    /** Where the system keeps no run delay: a test that got this share of the wall clock as CPU was not idle. */
    static final double BUSY_SHARE_WITHOUT_RUN_DELAY = 0.05;

    /** What the judge does with a test still running. */
    public enum Decision { KEEP_RUNNING, CPU_LIMIT_EXCEEDED, IDLE_TIMEOUT, STARVED }

    private final long limitNanos;

    public TestTimeLimit(long limitMs) {
        if (limitMs <= 0) {
            throw new IllegalArgumentException("the CPU-time limit must be positive, not " + limitMs);
        }
        this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMs);
    }

    public long limitMs() {
        return TimeUnit.NANOSECONDS.toMillis(limitNanos);
    }

    public long backstopMs() {
        return BACKSTOP_MULTIPLE * limitMs() + BACKSTOP_EXTRA_MS;
    }

    public long starvedCapMs() {
        return STARVED_CAP_MULTIPLE * limitMs() + STARVED_CAP_EXTRA_MS;
    }

    /** The CPU time past which a running test's worker is killed: the limit plus slack for the JVM's own threads. */
    public long killCpuMs() {
        return limitMs() + Math.max(KILL_SLACK_MIN_MS, limitMs() / 4);
    }

    /**
     * @param wallMs   wall time since the test started
     * @param cpuMs    the worker's CPU time since the test started, as the OS counts it
     * @param runDelayMs time the worker's threads waited to run since the test started; negative when unknown
     */
    public Decision check(long wallMs, long cpuMs, long runDelayMs) {
        if (cpuMs > killCpuMs()) {
            return Decision.CPU_LIMIT_EXCEEDED;
        }
        if (wallMs < backstopMs()) {
            return Decision.KEEP_RUNNING;
        }
        if (!starved(wallMs, cpuMs, runDelayMs)) {
            return Decision.IDLE_TIMEOUT;
        }
        return wallMs < starvedCapMs() ? Decision.KEEP_RUNNING : Decision.STARVED;
    }

    /** Runnable most of the time: on the CPU, or waiting for one. */
    public static boolean starved(long wallMs, long cpuMs, long runDelayMs) {
        if (runDelayMs < 0) {
            return cpuMs >= BUSY_SHARE_WITHOUT_RUN_DELAY * wallMs;
        }
        return cpuMs + runDelayMs >= STARVED_SHARE * wallMs;
    }

    /**
     * The CPU time charged to a test that finished: the worker's own figure, unless it claims more than the OS saw
     * the whole worker use (a report cannot be believed over the OS).
     */
    public static long chargedCpuMs(long reportedMs, long osCpuMs) {
        return reportedMs > osCpuMs + REPORT_TOLERANCE_MS ? osCpuMs : reportedMs;
    }

    public boolean over(long chargedCpuMs) {
        return chargedCpuMs > limitMs();
    }
}
