package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** `run` and `submit` are one JVM each: compiled tests carry over between them through the cache folder. */
class InteractiveReuseTest {
    @TempDir
    Path cacheFolder;

    @Test
    void aResubmitWithNewMethodBodiesReusesTheTestsAndGetsItsOwnVerdict() {
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");
        List<SourceFile> accepted = SourceTrees.read(pairSum.root().resolve("solutions/accepted/hash-map"));
        List<SourceFile> broken = List.of(new SourceFile("Solution.java", accepted.get(0).content()
                .replace("return new int[] {partnerIndex, index};", "return new int[] {index, index};")));

        Judgement first = judgeInNewEngine(pairSum, accepted);
        Judgement second = judgeInNewEngine(pairSum, broken);
        Judgement third = judgeInNewEngine(pairSum, accepted);

        assertThat(first.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(first.timings().testsReused()).isFalse();
        assertThat(first.timings().candidateReused()).isFalse();
        assertThat(second.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(second.timings().testsReused()).isTrue();
        assertThat(second.timings().candidateReused()).isFalse();
        assertThat(third.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(third.timings().testsReused()).isTrue();
        assertThat(third.timings().candidateReused()).as("the very same code as the first").isTrue();
    }

    /** What `judge start` does: the first run and submit of an answer with the starter's signatures compile it only. */
    @Test
    void testsPrecompiledAgainstTheStarterServeAnAnswerWithItsSignatures() {
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");
        precompileInNewEngine(pairSum, SourceTrees.read(pairSum.root().resolve("starter")));
        List<SourceFile> accepted = SourceTrees.read(pairSum.root().resolve("solutions/accepted/hash-map"));

        Judgement sample = judgeInNewEngine(pairSum, accepted, RunMode.SAMPLE);
        Judgement hidden = judgeInNewEngine(pairSum, accepted, RunMode.HIDDEN);

        assertThat(List.of(sample, hidden)).allSatisfy(judgement -> {
            assertThat(judgement.verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(judgement.timings().testsReused()).isTrue();
        });
        assertThat(sample.timings().candidateReused()).isFalse();
        assertThat(hidden.timings().candidateReused()).as("compiled by the sample run just before").isTrue();
    }

    @Test
    void precompilingAStarterThatDoesNotCompileKeepsNothing() {
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");
        precompileInNewEngine(pairSum, List.of(new SourceFile("Solution.java", "class Solution { int[] twoSum( }")));

        assertThat(cacheFolder.toFile().list()).isNullOrEmpty();
    }

    private Judgement judgeInNewEngine(ProblemPackage problem, List<SourceFile> submission) {
        return judgeInNewEngine(problem, submission, RunMode.HIDDEN);
    }

    private Judgement judgeInNewEngine(ProblemPackage problem, List<SourceFile> submission, RunMode mode) {
        try (JudgeEngine engine = newEngine()) {
            return engine.judge(problem, submission, mode);
        }
    }

    private void precompileInNewEngine(ProblemPackage problem, List<SourceFile> starter) {
        try (JudgeEngine engine = newEngine()) {
            engine.precompile(problem, starter);
        }
    }

    /** Each `run`, `submit` and `start` is a new JVM: only the cache folder carries over. */
    private JudgeEngine newEngine() {
        return new JudgeEngine(EngineOptions.interactive(Optional.of(cacheFolder)));
    }
}
