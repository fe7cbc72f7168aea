package dev.drilljudge.cli;

import dev.drilljudge.testing.RealHomeSnapshot;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite runs with every per-user folder under target/ (Surefire's environment in pom.xml), so the commands that
 * keep a cache write there and never into the real home of whoever runs the tests.
 */
class HermeticEnvironmentTest {
    private static final Path TARGET = TestBanks.projectRoot().resolve("target");
    private static final String BANK = TestBanks.projectRoot().resolve("src/test/resources/bank").toString();

    @TempDir
    Path workspace;

    @Test
    void everyPerUserFolderOfTheSuitePointsUnderTarget() {
        assertThat(System.getenv("DRILL_JUDGE_CACHE")).isEqualTo(TARGET.resolve("test-cache").toString());
        assertThat(System.getenv("HOME")).isEqualTo(TARGET.resolve("test-home").toString());
        for (String variable : new String[] {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"}) {
            assertThat(Path.of(System.getenv(variable))).as(variable).startsWithRaw(TARGET.resolve("test-home"));
        }
        assertThat(UserCacheFolder.forCompiledClasses()).contains(TARGET.resolve("test-cache"));
    }

    @Test
    void startRunAndSubmitWriteTheTestCacheAndLeaveTheRealHomeAlone() throws Exception {
        RealHomeSnapshot before = RealHomeSnapshot.take();
        String submissions = workspace.resolve("submissions").toString();
        String answer = TestBanks.projectRoot().resolve("src/test/resources/bank/pair-sum/solutions/accepted/hash-map")
                .toString();

        assertThat(CliRunner.run("start", "pair-sum", "--problems", BANK, "--submissions", submissions).exitCode())
                .isZero();
        assertThat(CliRunner.run("run", "pair-sum", answer, "--problems", BANK, "--submissions", submissions)
                .exitCode()).isZero();
        assertThat(CliRunner.run("submit", "pair-sum", answer, "--problems", BANK, "--submissions", submissions)
                .exitCode()).isZero();

        assertThat(before.changesSince()).isEmpty();
        try (Stream<Path> cached = Files.walk(TARGET.resolve("test-cache"))) {
            assertThat(cached.filter(Files::isRegularFile).count()).isPositive();
        }
    }
}
