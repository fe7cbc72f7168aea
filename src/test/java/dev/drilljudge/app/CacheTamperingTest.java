package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 11: the cached sample-test classes linked over the cached hidden-test classes, so a later answer
 * would be judged on the (easier) sample tests. Every entry is authenticated under its own cache key, so the swapped
 * entry is discarded and the hidden tests are compiled again.
 */
class CacheTamperingTest {
    @TempDir
    Path home;

    @Test
    void sampleTestsSwappedOverTheHiddenTestsAreRecompiledNotTrusted() throws IOException {
        Path cacheFolder = home.resolve("compiled-classes");
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");
        List<SourceFile> accepted = SourceTrees.read(pairSum.root().resolve("solutions/accepted/hash-map"));
        judge(cacheFolder, pairSum, accepted, RunMode.SAMPLE);
        Set<Path> afterSample = entries(cacheFolder);
        judge(cacheFolder, pairSum, accepted, RunMode.HIDDEN);
        Set<Path> hiddenOnly = new HashSet<>(entries(cacheFolder));
        hiddenOnly.removeAll(afterSample);
        Path hiddenTests = hiddenOnly.iterator().next();
        Path sampleTests = afterSample.stream().filter(entry -> holds(entry, "PairSumSampleTest")).findFirst()
                .orElseThrow();

        Files.copy(sampleTests, hiddenTests, StandardCopyOption.REPLACE_EXISTING);
        Judgement afterSwap = judge(cacheFolder, pairSum, accepted, RunMode.HIDDEN);

        assertThat(hiddenOnly).hasSize(1);
        assertThat(afterSwap.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(afterSwap.timings().testsReused()).as("the swapped entry was discarded").isFalse();
        assertThat(afterSwap.results()).extracting(TestResult::name)
                .allMatch(name -> name.startsWith("PairSumHiddenTest."));
        assertThat(holds(hiddenTests, "PairSumHiddenTest")).as("recompiled and stored again").isTrue();
        assertThat(home.resolve("compiled-classes.key")).exists();
    }

    private static Judgement judge(Path cacheFolder, ProblemPackage problem, List<SourceFile> sources, RunMode mode) {
        try (JudgeEngine engine = new JudgeEngine(EngineOptions.interactive(Optional.of(cacheFolder)))) {
            return engine.judge(problem, sources, mode);
        }
    }

    private static Set<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new HashSet<>(files.filter(file -> file.toString().endsWith(".zip")).toList());
        }
    }

    private static boolean holds(Path entry, String className) {
        try (ZipFile zip = new ZipFile(entry.toFile())) {
            return zip.getEntry(className + ".class") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
