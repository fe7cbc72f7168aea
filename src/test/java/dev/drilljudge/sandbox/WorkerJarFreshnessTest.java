package dev.drilljudge.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A build's worker jar is used only while it holds what the classes folder holds. */
class WorkerJarFreshnessTest {
    private static final List<String> PACKAGES = List.of("dev/drilljudge/worker", "dev/drilljudge/policy");
    private static final Instant BUILT = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    Path target;

    @Test
    void aJarAtLeastAsNewAsEveryWorkerClassIsCurrent() throws Exception {
        Path classes = classesBuiltAt(BUILT.minusSeconds(5));
        Path jar = file(target.resolve("drill-judge-worker.jar"), BUILT);

        assertThat(WorkerJarFreshness.isCurrent(jar, classes, PACKAGES)).isTrue();
    }

    @Test
    void aWorkerClassCompiledAfterTheJarMakesItStale() throws Exception {
        Path classes = classesBuiltAt(BUILT.minusSeconds(5));
        Path jar = file(target.resolve("drill-judge-worker.jar"), BUILT);
        file(classes.resolve("dev/drilljudge/policy/BytecodePolicy.class"), BUILT.plusSeconds(1));

        assertThat(WorkerJarFreshness.isCurrent(jar, classes, PACKAGES)).isFalse();
    }

    @Test
    void aClassOutsideTheWorkersPackagesDoesNotMatter() throws Exception {
        Path classes = classesBuiltAt(BUILT.minusSeconds(5));
        Path jar = file(target.resolve("drill-judge-worker.jar"), BUILT);
        file(classes.resolve("dev/drilljudge/cli/Main.class"), BUILT.plusSeconds(60));

        assertThat(WorkerJarFreshness.isCurrent(jar, classes, PACKAGES)).isTrue();
    }

    @Test
    void noJarOrNoWorkerPackageIsNotCurrent() throws Exception {
        Path classes = classesBuiltAt(BUILT.minusSeconds(5));

        assertThat(WorkerJarFreshness.isCurrent(target.resolve("drill-judge-worker.jar"), classes, PACKAGES)).isFalse();
        Path jar = file(target.resolve("drill-judge-worker.jar"), BUILT);
        assertThat(WorkerJarFreshness.isCurrent(jar, classes, List.of("dev/drilljudge/missing"))).isFalse();
    }

    private Path classesBuiltAt(Instant time) throws Exception {
        Path classes = target.resolve("classes");
        file(classes.resolve("dev/drilljudge/worker/WorkerMain.class"), time);
        file(classes.resolve("dev/drilljudge/policy/BytecodePolicy.class"), time);
        file(classes.resolve("dev/drilljudge/cli/Main.class"), time);
        return classes;
    }

    private static Path file(Path path, Instant modified) throws Exception {
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[] {1});
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }
}
