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
            assertThat(baseline.differences(othersThan(leaked))).isEqualTo("1 thread(s) left running: "
                    + "leaked-common-pool-like; 1 system property changed: " + TIMEOUT);

            baseline.restoreProperties();

            assertThat(System.getProperty(TIMEOUT)).isNull();
            Set<Thread> othersAndLeaked = new HashSet<>(othersThan(leaked));
            othersAndLeaked.add(leaked);
            assertThat(baseline.differences(othersAndLeaked)).isEmpty();
        } finally {
            release.countDown();
            leaked.join();
            System.clearProperty(TIMEOUT);
        }
        assertThat(baseline.differences(othersThan(leaked))).as("an ended thread is not reported").isEmpty();
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
