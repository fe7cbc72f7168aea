package dev.drilljudge.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WorkerPoolTest {
    private static final WorkerSpec SMALL_WORKER = new WorkerSpec(64, List.of());

    /**
     * bubblewrap's --die-with-parent fires when the thread that forked the worker ends. `judge submit` asks for its
     * worker from a short-lived thread; the worker must still be there when the judgement needs it.
     */
    @Test
    void aWorkerOutlivesTheShortLivedThreadThatAskedForIt() throws InterruptedException {
        SandboxLayers layers = SandboxLayers.detect();
        assumeTrue(layers.bubblewrap() != null, "without bubblewrap no parent-death signal is set");
        try (WorkerPool pool = new WorkerPool(layers, 0, 1)) {
            Thread shortLived = new Thread(() -> {
                pool.prepare(SMALL_WORKER);
                pauseMs(500); // long enough for bwrap to set its parent-death signal
            });
            shortLived.start();
            shortLived.join();
            pauseMs(300);

            assertThat(pool.idleWorkers(SMALL_WORKER)).isEqualTo(1);
        }
    }

    @Test
    void aClosedPoolKillsItsIdleWorkers() throws InterruptedException {
        WorkerPool pool = new WorkerPool(SandboxLayers.detect(), 0, 1);
        pool.prepare(SMALL_WORKER, 2);
        assertThat(pool.idleWorkers(SMALL_WORKER)).isEqualTo(2);

        pool.close();

        assertThat(pool.idleWorkers(SMALL_WORKER)).isZero();
    }

    private static void pauseMs(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
