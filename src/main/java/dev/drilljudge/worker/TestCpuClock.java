package dev.drilljudge.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time a test spends, as the worker sees it. Where threads are forbidden the test runs on one thread,
 * so that thread's CPU time is the test's (GC and the JIT compiler are the JVM's, not the candidate's). Where
 * threads are allowed the candidate's own threads count too, so the whole process's CPU time is taken: a test
 * cannot hide work in a thread it started.
 */
final class TestCpuClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean wholeProcess;

    TestCpuClock(boolean allowThreads) {
        this.wholeProcess = allowThreads || !THREADS.isCurrentThreadCpuTimeSupported();
        if (!wholeProcess && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
    }

    /** CPU nanoseconds so far, on the calling thread's clock or the process's; only differences mean anything. */
    long nowNanos() {
        if (!wholeProcess) {
            return THREADS.getCurrentThreadCpuTime();
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return THREADS.getCurrentThreadCpuTime();
    }
}
