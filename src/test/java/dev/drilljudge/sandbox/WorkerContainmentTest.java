package dev.drilljudge.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A worker's processes end with its job: a kill sweeps its whole session, including a sleeper re-parented to init
 * after its parent shell exited, and then checks that nothing of it is left.
 */
class WorkerContainmentTest {
    private static final WorkerSpec SPEC = new WorkerSpec(64, List.of());
    /** A shell that leaves an orphaned sleeper (its subshell exits at once) and a child sleeper, then waits. */
    private static final String SPAWN_SLEEPERS = "(sleep 300 & echo orphan $!) ; sleep 300 & echo child $! ; wait";

    @Test
    void killEndsTheWholeSessionIncludingReparentedProcesses() throws InterruptedException {
        Path setsid = executable("setsid");
        assumeTrue(setsid != null, "util-linux setsid is not installed");
        SandboxLayers layers = new SandboxLayers(null, null, setsid);
        WorkerProcess worker = WorkerProcess.launch(layers.wrap(List.of("sh", "-c", SPAWN_SLEEPERS), List.of(),
                List.of()), SPEC, true);
        long orphan = pidAfter(worker, "orphan ");
        long child = pidAfter(worker, "child ");

        assertThat(worker.session().id()).as("the worker leads its own session").isEqualTo(worker.pid());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::parent).flatMap(parent -> parent)
                .map(ProcessHandle::pid)).as("re-parented away from the worker").isNotEqualTo(Optional.of(worker.pid()));
        assertThat(worker.session().members()).contains(worker.pid(), orphan, child)
                .doesNotContain(ProcessHandle.current().pid());

        boolean contained = worker.kill();

        assertThat(contained).isTrue();
        assertThat(worker.session().members()).isEmpty();
        assertThat(WorkerSession.running(orphan)).as("killed (at most a zombie init has not reaped yet)").isFalse();
        assertThat(WorkerSession.running(child)).isFalse();
    }

    @Test
    void withoutSetsidTheWorkerSharesTheJudgesSessionAndOnlyItsTreeIsKilled() throws InterruptedException {
        WorkerProcess worker = WorkerProcess.launch(List.of("sh", "-c", "sleep 300 & echo child $! ; wait"), SPEC,
                false);
        long child = pidAfter(worker, "child ");

        assertThat(worker.session().exists()).isFalse();
        assertThat(worker.kill()).isTrue();
        assertThat(WorkerSession.running(child)).isFalse();
    }

    private static long pidAfter(WorkerProcess worker, String prefix) throws InterruptedException {
        while (true) {
            String line = worker.nextLine(10_000);
            assertThat(line).as("the shell printed its children's pids").isNotNull()
                    .isNotEqualTo(WorkerProcess.END_OF_OUTPUT);
            if (line.startsWith(prefix)) {
                return Long.parseLong(line.substring(prefix.length()).strip());
            }
        }
    }

    private static Path executable(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
