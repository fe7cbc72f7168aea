package dev.drilljudge.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terms on which one submission's runs share a worker (the sandbox issue's "within one submission, after the
 * baseline check"): kept only after a clean job with the baseline checked, handed to that submission's next run,
 * retired when the submission is done; a per-job lease never keeps one.
 */
class WorkerLeaseTest {
    private static final WorkerSpec SMALL_WORKER = new WorkerSpec(64, List.of());
    private static final WorkerSpec OTHER_WORKER = new WorkerSpec(96, List.of());

    @Test
    void aCleanWorkerWithItsBaselineCheckedRunsTheSubmissionsNextJob() {
        try (WorkerPool pool = new WorkerPool(SandboxLayers.detect(), 0, 1);
             WorkerLease lease = WorkerLease.forOneSubmission(pool)) {
            WorkerProcess first = lease.acquire(SMALL_WORKER);
            lease.release(first, true, true);

            assertThat(lease.holdsAWorker()).isTrue();
            assertThat(lease.acquire(SMALL_WORKER).pid()).isEqualTo(first.pid());
            assertThat(lease.holdsAWorker()).isFalse();
            first.kill();
        }
    }

    @Test
    void aWorkerWithoutABaselineCheckOrNotReusableIsNotKept() {
        try (WorkerPool pool = new WorkerPool(SandboxLayers.detect(), 0, 1);
             WorkerLease lease = WorkerLease.forOneSubmission(pool)) {
            WorkerProcess growth = lease.acquire(SMALL_WORKER);
            lease.release(growth, true, false);
            assertThat(lease.holdsAWorker()).as("a growth job reports no baseline").isFalse();

            WorkerProcess threads = lease.acquire(SMALL_WORKER);
            lease.release(threads, false, true);
            assertThat(lease.holdsAWorker()).as("threads allowed, or not back at its baseline").isFalse();
        }
    }

    @Test
    void closingTheLeaseRetiresTheWorkerItKept() throws InterruptedException {
        try (WorkerPool pool = new WorkerPool(SandboxLayers.detect(), 0, 1)) {
            WorkerLease lease = WorkerLease.forOneSubmission(pool);
            WorkerProcess worker = lease.acquire(SMALL_WORKER);
            lease.release(worker, true, true);

            lease.close();

            assertThat(lease.holdsAWorker()).isFalse();
            worker.awaitExit(30_000);
            assertThat(worker.isAlive()).as("the retired worker exits").isFalse();
        }
    }

    @Test
    void aKeptWorkerOfAnotherSpecIsRetiredNotHandedOut() {
        try (WorkerPool pool = new WorkerPool(SandboxLayers.detect(), 0, 1);
             WorkerLease lease = WorkerLease.forOneSubmission(pool)) {
            WorkerProcess small = lease.acquire(SMALL_WORKER);
            lease.release(small, true, true);

            WorkerProcess other = lease.acquire(OTHER_WORKER);

            assertThat(other.pid()).isNotEqualTo(small.pid());
            assertThat(other.spec()).isEqualTo(OTHER_WORKER);
            other.kill();
        }
    }

    @Test
    void aPerJobLeaseNeverKeepsAWorker() {
        try (WorkerPool pool = new WorkerPool(SandboxLayers.detect(), 0, 1)) {
            WorkerLease lease = WorkerLease.perJob(pool);
            WorkerProcess worker = lease.acquire(SMALL_WORKER);
            lease.release(worker, true, true);

            assertThat(lease.holdsAWorker()).isFalse();
        }
    }
}
