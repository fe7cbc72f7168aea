package dev.drilljudge.sandbox;

import dev.drilljudge.worker.protocol.GrowthJob;
import dev.drilljudge.worker.protocol.Job;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        try (WorkerPool pool = new WorkerPool(layers, 0)) {
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
        WorkerPool pool = new WorkerPool(SandboxLayers.detect(), 0);
        pool.prepare(SMALL_WORKER, 2);
        assertThat(pool.idleWorkers(SMALL_WORKER)).isEqualTo(2);

        pool.close();

        assertThat(pool.idleWorkers(SMALL_WORKER)).isZero();
    }

    @Test
    void aWorkerRefusesASecondJob() throws Exception {
        WorkerProcess worker = lightWorker(SMALL_WORKER);
        try {
            worker.send(emptyJob());

            assertThatThrownBy(() -> worker.send(emptyJob())).isInstanceOf(IllegalStateException.class)
                    .hasMessage("a worker JVM runs one job; this one has already run one");
            assertThat(worker.jobsRun()).isEqualTo(1);
        } finally {
            worker.kill();
        }
    }

    @Test
    void aWorkerRunsOnlyTheKindOfJobItWasStartedFor() throws Exception {
        WorkerProcess growthWorker = lightWorker(SMALL_WORKER.forGrowth());
        WorkerProcess testsWorker = lightWorker(SMALL_WORKER);
        try {
            assertThatThrownBy(() -> growthWorker.send(emptyJob())).isInstanceOf(IllegalStateException.class)
                    .hasMessage("a worker started for GROWTH cannot run a TESTS job");
            assertThatThrownBy(() -> testsWorker.send(growthJob())).isInstanceOf(IllegalStateException.class)
                    .hasMessage("a worker started for TESTS cannot run a GROWTH job");
            assertThat(growthWorker.jobsRun()).as("a refused job is not sent").isZero();
            assertThat(testsWorker.jobsRun()).isZero();

            growthWorker.send(growthJob());
            assertThat(growthWorker.jobsRun()).isEqualTo(1);
        } finally {
            growthWorker.kill();
            testsWorker.kill();
        }
    }

    @Test
    void growthWorkersAndTestWorkersAreKeptApart() {
        WorkerSpec growth = SMALL_WORKER.forGrowth();
        try (WorkerPool pool = new WorkerPool(WorkerPoolTest::lightWorker, 1)) {
            pool.prepare(SMALL_WORKER);
            pool.prepare(growth);
            assertThat(pool.idleWorkers(SMALL_WORKER)).isEqualTo(1);
            assertThat(pool.idleWorkers(growth)).isEqualTo(1);

            WorkerProcess forGrowth = pool.acquire(growth);
            WorkerProcess forTests = pool.acquire(SMALL_WORKER);
            WorkerProcess oneMoreForGrowth = pool.acquire(growth);

            assertThat(List.of(forGrowth.spec().kind(), forTests.spec().kind(), oneMoreForGrowth.spec().kind()))
                    .containsExactly(WorkerSpec.Kind.GROWTH, WorkerSpec.Kind.TESTS, WorkerSpec.Kind.GROWTH);
            assertThat(pool.workersStarted()).as("none idle of its kind: the third is started").isEqualTo(3);
            List.of(forGrowth, forTests, oneMoreForGrowth).forEach(WorkerProcess::kill);
        }
    }

    @Test
    void sparesAreNeverUsedWorkersAndAReleasedWorkerIsNeverHandedOutAgain() {
        List<WorkerProcess> started = new ArrayList<>();
        try (WorkerPool pool = new WorkerPool(spec -> record(started, lightWorker(spec)), 2)) {
            pool.prepare(SMALL_WORKER, 2);
            WorkerProcess first = pool.acquire(SMALL_WORKER);
            WorkerProcess second = pool.acquire(SMALL_WORKER);
            pool.release(first);
            pool.release(second);
            assertThat(pool.idleWorkers(SMALL_WORKER)).as("released workers are retired, not kept").isZero();

            pool.replenish(SMALL_WORKER);
            assertThat(pool.idleWorkers(SMALL_WORKER)).isEqualTo(2);
            List<WorkerProcess> handedOut = new ArrayList<>(List.of(first, second));
            for (int job = 0; job < 3; job++) {
                handedOut.add(pool.acquire(SMALL_WORKER));
            }

            assertThat(pool.workersStarted()).as("2 prepared, 2 replenished, 1 started when none was idle")
                    .isEqualTo(5);
            assertThat(distinct(handedOut)).as("every acquire gets a worker no job has used").isEqualTo(5);
            assertThat(handedOut).containsExactlyElementsOf(started);
            handedOut.forEach(WorkerProcess::kill);
        }
    }

    @Test
    void withoutSparesReplenishStartsNothingAndEachReservationStartsOneWorker() {
        try (WorkerPool pool = new WorkerPool(WorkerPoolTest::lightWorker, 0)) {
            pool.replenish(SMALL_WORKER);
            assertThat(pool.workersStarted()).isZero();

            pool.reserve(SMALL_WORKER);
            pool.reserve(SMALL_WORKER);
            pool.prepare(SMALL_WORKER);

            assertThat(pool.workersStarted()).as("prepare finds the reserved workers").isEqualTo(2);
            assertThat(pool.idleWorkers(SMALL_WORKER)).isEqualTo(2);
        }
    }

    /** A process that stands in for a worker JVM: alive, reads nothing, costs no JVM start. */
    private static WorkerProcess lightWorker(WorkerSpec spec) {
        return WorkerProcess.launch(List.of("sleep", "60"), spec, false);
    }

    private static WorkerProcess record(List<WorkerProcess> started, WorkerProcess worker) {
        started.add(worker);
        return worker;
    }

    private static int distinct(List<WorkerProcess> workers) {
        Map<WorkerProcess, Boolean> seen = new IdentityHashMap<>();
        workers.forEach(worker -> seen.put(worker, true));
        return seen.size();
    }

    private static Job emptyJob() {
        return new Job(new byte[32], false, List.of(), 1024, Map.of(), Map.of(), Map.of(), List.of(), Set.of());
    }

    private static Job growthJob() {
        GrowthJob growth = new GrowthJob("TwoSumInputs", "Solution", "twoSum", List.of(2000, 4000), 42, 2, 5,
                200_000_000L, 500_000_000L, 1_000_000L, 64, 1L << 20, 20_000_000L, false, 0, List.of());
        return new Job(new byte[32], false, List.of(), 1024, Map.of(), Map.of(), Map.of(), List.of(), Set.of(), growth);
    }

    private static void pauseMs(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
