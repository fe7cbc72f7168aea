package dev.drilljudge.worker;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker-level check behind reusing a worker: back to its threads and system properties, or retired. */
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
            assertThat(baseline.differences(Set.of())).isEqualTo("1 thread(s) left running: leaked-common-pool-like; "
                    + "1 system property changed: " + TIMEOUT);

            baseline.restoreProperties();

            assertThat(System.getProperty(TIMEOUT)).isNull();
            assertThat(baseline.differences(Set.of(leaked))).isEmpty();
        } finally {
            release.countDown();
            leaked.join();
            System.clearProperty(TIMEOUT);
        }
        assertThat(baseline.differences(Set.of())).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
