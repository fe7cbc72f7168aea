package dev.drilljudge.worker;

import dev.drilljudge.worker.protocol.Event;

/**
 * For problems that allow threads: a submission that starts more threads than any answer needs (a thread
 * bomb) is stopped before it exhausts the machine. The judge sees THREAD_LIMIT and reports a runtime error.
 */
final class ThreadCountWatchdog {
    private static final long CHECK_INTERVAL_MS = 2;

    private ThreadCountWatchdog() {
    }

    static Thread start(int maxThreads, ReportChannel channel) {
        Thread watchdog = new Thread(() -> watch(maxThreads, channel), "drill-judge-thread-watchdog");
        watchdog.setDaemon(true);
        watchdog.setPriority(Thread.MAX_PRIORITY);
        watchdog.start();
        return watchdog;
    }

    private static void watch(int maxThreads, ReportChannel channel) {
        while (!Thread.currentThread().isInterrupted()) {
            if (Thread.activeCount() > maxThreads) {
                channel.send(new Event.ThreadLimit(maxThreads));
                Runtime.getRuntime().halt(1);
            }
            try {
                Thread.sleep(CHECK_INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
