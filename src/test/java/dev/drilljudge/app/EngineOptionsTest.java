package dev.drilljudge.app;

import dev.drilljudge.compile.CompiledClassesCache;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.sandbox.SandboxLayers;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineOptionsTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void interactiveRunsOneFreshWorkerAndNoSpare() {
        EngineOptions options = EngineOptions.interactive(Optional.empty());

        assertThat(options.workerPoolSize()).isEqualTo(1);
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
    void verifyJudgesOnEveryCoreAndAnnouncesItsJudgementsInsteadOfKeepingSpares() {
        EngineOptions options = EngineOptions.batch();

        assertThat(options.workerPoolSize()).isEqualTo(CORES);
        assertThat(options.spareWorkers()).as("BankVerifierTest: every worker started runs a job").isZero();
        assertThat(options.warmUpCompiler()).isTrue();
    }

    @Test
    void gradingReliesOnTheGradersAnnouncementsInsteadOfSpares() {
        EngineOptions options = EngineOptions.grading();

        assertThat(options.workerPoolSize()).isEqualTo(CORES);
        assertThat(options.spareWorkers()).isZero();
        assertThat(options.warmUpCompiler()).as("javac is warmed up at the first announcement").isFalse();
    }

    @Test
    void aGradingEngineWarmsJavacUpAtTheFirstJudgementAnnouncedAndNotBefore() {
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");
        try (JudgeEngine engine = new JudgeEngine(EngineOptions.grading(), SandboxLayers.none())) {
            engine.prepare(List.of());
            boolean afterNothingAnnounced = engine.compilerWarmedUp();
            engine.prepare(List.of(pairSum));

            assertThat(afterNothingAnnounced).as("an empty cohort shard announces nothing").isFalse();
            assertThat(engine.compilerWarmedUp()).isTrue();
        }
    }

    @Test
    void servingKeepsASubmitsTwoWorkersStartedAheadOfTheNextSubmit() {
        EngineOptions options = EngineOptions.serving(Optional.empty());

        assertThat(options.workerPoolSize()).isEqualTo(1);
        assertThat(options.spareWorkers()).as("one per kind: the hidden tests' worker and the growth series' worker")
                .isEqualTo(1);
        assertThat(options.warmUpCompiler()).isTrue();
    }

    @Test
    void refusesAnEmptyPool() {
        assertThatThrownBy(() -> new EngineOptions(0, 0, CompiledClassesCache.NONE, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
