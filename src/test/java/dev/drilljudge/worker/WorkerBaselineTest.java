package dev.drilljudge.worker;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker-level check behind reusing a worker: back to its threads and system properties, or retired. A worker runs
 * nothing else; this test runs in the suite's JVM beside the concurrent classes, whose engines start threads of their
 * own at any time (worker-stdout, worker-stderr: the whole suite once failed on them), so each check ignores the
 * threads alive just before it other than the test's own.
 */
class WorkerBaselineTest {
    private static final String TIMEOUT = "junit.jupiter.execution.timeout.default";

    @Test
    void aLeakedThreadAndAChangedPropertyAreReportedAndThePropertyIsPutBack() throws InterruptedException {
        WorkerBaseline baseline = WorkerBaseline.capture();
        CountDownLatch release = new CountDownLatch(1);
        Thread leaked = new Thread(() -> awaitQuietly(release), "leaked-common-pool-like");
        leaked.start();
        System.getProperties().put(TIMEOUT, "1 ns");
        try {
            assertThat(differencesBeside(baseline, leaked, false)).isEqualTo("1 thread(s) left running: "
                    + "leaked-common-pool-like; 1 system property changed: " + TIMEOUT);

            baseline.restoreProperties();

            assertThat(System.getProperty(TIMEOUT)).isNull();
            assertThat(differencesBeside(baseline, leaked, true)).isEmpty();
        } finally {
            release.countDown();
            leaked.join();
            System.clearProperty(TIMEOUT);
        }
        assertThat(differencesBeside(baseline, leaked, false)).as("an ended thread is not reported").isEmpty();
    }

    /**
     * The baseline's differences, allowing the threads the suite's concurrent classes run. A class that starts a
     * worker between the snapshot and the check (its `worker-stdout` reader) is not a leak of this test, so the check
     * is repeated until no thread started in between (a CI run once saw exactly that).
     */
    private static String differencesBeside(WorkerBaseline baseline, Thread own, boolean allowOwn) {
        String differences = "";
        for (int attempt = 0; attempt < 20; attempt++) {
            Set<Thread> before = othersThan(own);
            if (allowOwn) {
                before.add(own);
            }
            differences = baseline.differences(before);
            Set<Thread> after = othersThan(own);
            if (allowOwn) {
                after.add(own);
            }
            if (before.containsAll(after)) {
                return differences;
            }
        }
        return differences;
    }

    /** Threads alive now, other than {@code own}: those the suite's concurrent classes started meanwhile. */
    private static Set<Thread> othersThan(Thread own) {
        Set<Thread> others = new HashSet<>(Thread.getAllStackTraces().keySet());
        others.remove(own);
        return others;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
