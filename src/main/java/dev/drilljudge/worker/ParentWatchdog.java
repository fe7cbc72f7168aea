package dev.drilljudge.worker;

import java.util.Optional;

/**
 * Ends the worker when the judge that started it is gone. A worker leads its own session (so the judge can kill
 * everything it started), which also means a terminal's Ctrl-C or a killed judge no longer reaches it: without
 * this, a worker stuck in a candidate's infinite loop would outlive a judge killed with SIGKILL.
 */
final class ParentWatchdog {
    private static final long CHECK_INTERVAL_MS = 500;

    private ParentWatchdog() {
    }

    static void start() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        Thread watchdog = new Thread(() -> watch(parent.get()), "drill-judge-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void watch(ProcessHandle parent) {
        while (true) {
            try {
                Thread.sleep(CHECK_INTERVAL_MS);
            } catch (InterruptedException e) {
                // Only the JVM's end interrupts this thread; keep watching until then.
            }
            if (!parent.isAlive()) {
                Runtime.getRuntime().halt(3);
            }
        }
    }
}
