package dev.drilljudge.app;

import dev.drilljudge.compile.CompiledClassesCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineOptionsTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void interactiveRunsOneFreshWorkerAndNoSpare() {
        EngineOptions options = EngineOptions.interactive(Optional.empty());

        assertThat(options.workerPoolSize()).isEqualTo(1);
        assertThat(options.maxRunsPerWorker()).isEqualTo(1);
        assertThat(options.spareWorkers()).isZero();
        assertThat(options.classesCache()).isSameAs(CompiledClassesCache.NONE);
        assertThat(options.warmUpCompiler()).isFalse();
    }

    @Test
    void aCacheFolderKeepsCompiledClassesOnDisk(@TempDir Path cacheFolder) {
        EngineOptions options = EngineOptions.interactive(Optional.of(cacheFolder));

        assertThat(options.classesCache()).isNotSameAs(CompiledClassesCache.NONE);
        assertThat(options.warmUpCompiler()).isFalse();
    }

    @Test
    void verifyKeepsASparePerCoreAndAFreshWorkerPerSubmission() {
        EngineOptions options = EngineOptions.batch();

        assertThat(options.workerPoolSize()).isEqualTo(CORES);
        assertThat(options.spareWorkers()).isEqualTo(CORES);
        assertThat(options.maxRunsPerWorker()).as("no state carries over between submissions").isEqualTo(1);
        assertThat(options.warmUpCompiler()).isTrue();
    }

    @Test
    void gradingReliesOnTheGradersAnnouncementsInsteadOfSpares() {
        EngineOptions options = EngineOptions.grading();

        assertThat(options.workerPoolSize()).isEqualTo(CORES);
        assertThat(options.spareWorkers()).isZero();
        assertThat(options.maxRunsPerWorker()).as("no state carries over between submissions").isEqualTo(1);
    }

    @Test
    void refusesAnEmptyPool() {
        assertThatThrownBy(() -> new EngineOptions(0, 1, 0, CompiledClassesCache.NONE, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
