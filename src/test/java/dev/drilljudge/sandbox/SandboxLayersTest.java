package dev.drilljudge.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxLayersTest {
    @Test
    void withoutOsLayersTheCommandIsUnchanged() {
        List<String> java = List.of("java", "-cp", "worker.jar", "Main");

        assertThat(SandboxLayers.none().wrap(java, List.of(Path.of("/bank")), List.of(Path.of("/tmp/x.jar"))))
                .isEqualTo(java);
    }

    @Test
    void bubblewrapMasksTheBankAndKeepsTheClassPathVisibleUnderTmp() {
        SandboxLayers layers = new SandboxLayers(Path.of("/usr/bin/bwrap"), Path.of("/usr/bin/prlimit"));

        List<String> command = layers.wrap(List.of("java", "Main"), List.of(Path.of("/")),
                List.of(Path.of("/tmp/build/drill-judge-worker.jar")));

        assertThat(command.subList(0, 5)).containsExactly("/usr/bin/prlimit", "--core=0", "--fsize=0", "--nofile=512", "--");
        assertThat(command).containsSubsequence("/usr/bin/bwrap", "--unshare-net", "--ro-bind", "/", "/",
                "--tmpfs", "/tmp", "--tmpfs", "/", "--ro-bind", "/tmp/build/drill-judge-worker.jar",
                "/tmp/build/drill-judge-worker.jar", "java", "Main");
    }

    @Test
    void setsidComesAfterPrlimitSoTheWorkerOrBubblewrapLeadsTheSession() {
        SandboxLayers layers = new SandboxLayers(Path.of("/usr/bin/bwrap"), Path.of("/usr/bin/prlimit"),
                Path.of("/usr/bin/setsid"));

        List<String> command = layers.wrap(List.of("java", "Main"), List.of(), List.of());

        assertThat(command.subList(0, 7)).containsExactly("/usr/bin/prlimit", "--core=0", "--fsize=0", "--nofile=512",
                "--", "/usr/bin/setsid", "/usr/bin/bwrap");
        assertThat(command).contains("--unshare-pid", "--new-session", "--die-with-parent");
    }

    @Test
    void aHiddenFileIsCoveredWithDevNull(@org.junit.jupiter.api.io.TempDir Path folder) throws java.io.IOException {
        Path key = java.nio.file.Files.writeString(folder.resolve("compiled-classes.key"), "secret");
        SandboxLayers layers = new SandboxLayers(Path.of("/usr/bin/bwrap"), null, null);

        List<String> command = layers.wrap(List.of("java", "Main"), List.of(folder.resolve("absent"), key), List.of());

        assertThat(command).containsSubsequence("--ro-bind", "/dev/null", key.toString(), "java", "Main");
        assertThat(command).doesNotContain(folder.resolve("absent").toString());
    }

    @Test
    void doctorStatesEveryLayerWhenAllAreActive() {
        SandboxLayers layers = new SandboxLayers(Path.of("/usr/bin/bwrap"), Path.of("/usr/bin/prlimit"),
                Path.of("/usr/bin/setsid"));

        assertThat(layers.describe()).containsExactly(
                "JVM sandbox: active (bytecode policy, isolated class loaders, signed protocol, killed on limits)",
                "bubblewrap: active (/usr/bin/bwrap): no network, read-only file system, problem bank and "
                        + "compiled-classes cache hidden",
                "prlimit: active (/usr/bin/prlimit): no files written, no core dumps, limited file descriptors",
                "process group: active (/usr/bin/setsid): each worker leads its own session, killed whole after "
                        + "every job",
                "PID namespace: active (bubblewrap --unshare-pid): a worker cannot see or signal the judge, and "
                        + "nothing it starts outlives it");
    }

    @Test
    void doctorStatesEveryLayerWhenNoneIsActive() {
        assertThat(SandboxLayers.none().describe()).containsExactly(
                "JVM sandbox: active (bytecode policy, isolated class loaders, signed protocol, killed on limits)",
                "bubblewrap: not available (install the bubblewrap package for an OS-level sandbox)",
                "prlimit: not available (part of util-linux)",
                "process group: not available (setsid, part of util-linux): only the worker's descendants are killed",
                "PID namespace: not available (needs bubblewrap): the bytecode policy alone keeps a worker from "
                        + "signalling the judge");
    }

    @Test
    void noOsSandboxVariableTurnsEveryOsLayerOff() {
        assertThat(SandboxLayers.detect(java.util.Map.of("DRILL_JUDGE_NO_OS_SANDBOX", "1")))
                .isEqualTo(SandboxLayers.none());
    }
}
