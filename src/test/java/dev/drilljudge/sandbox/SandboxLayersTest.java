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
}
