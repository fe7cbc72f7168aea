package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.result.CheckKind;
import dev.drilljudge.result.SolutionCheck;
import dev.drilljudge.result.VerificationReport;
import dev.drilljudge.scoring.MetaScore;
import dev.drilljudge.scoring.ScoringContext;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.GrowthAnswers;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growth series checks the answers it times: one call of every measured sample is held against the model
 * answer's on the same generated input (the model answer runs in a worker of its own). Code that passes the hidden
 * tests but returns something cheap and wrong on the series' inputs used to earn full complexity credit; it now gets
 * none. Two-sum's series has 6 sizes (2000 to 64000) of 5 measured samples each when every call is fast: 30 checks.
 */
class HostileGrowthAnswersTest {
    private static JudgeEngine engine;
    private static ProblemBank bank;

    @BeforeAll
    static void startEngine() {
        engine = new JudgeEngine(EngineOptions.grading());
        bank = TestBanks.shippedBank();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static Judgement judge(ProblemPackage problem, List<SourceFile> sources) {
        return engine.judge(problem, sources, RunMode.HIDDEN, true, true);
    }

    @Test
    void garbageOnTheSeriesInputsVoidsTheComplexityScore() {
        ProblemPackage twoSum = bank.get("two-sum");
        SubmissionEvaluator evaluator = new SubmissionEvaluator(engine, ReadabilityChecks.none(),
                SubmissionEvaluator.STANDARD_SCORING, true);

        var report = evaluator.evaluate(twoSum, TestBanks.hostile("growth-garbage-on-large-inputs"),
                new ScoringContext.Untimed());

        Judgement judgement = report.judgement();
        assertThat(judgement.verdict()).as(judgement.headline()).isEqualTo(Verdict.ACCEPTED);
        Complexity growth = judgement.complexity();
        assertThat(growth.answers()).as(growth.toString()).isEqualTo(new GrowthAnswers(30, 30, 0, 2000));
        assertThat(growth.note()).isEqualTo("wrong answer on a generated input of size 2000");
        assertThat(growth.optimal()).isFalse();
        assertThat(growth.looksLike()).isNull();
        MetaScore meta = report.scores().meta();
        // Before the check: complexity 100 (every call under 0.02 ms, "optimal") and Meta 100.
        assertThat(meta.complexity()).isZero();
        assertThat(meta.total()).isEqualTo(73);
        assertThat(report.scores().debrief().meta()).isEqualTo("Meta: solid signal — accepted, not timed, first "
                + "submit, 2 of 2 perf tests pass, wrong answer on a generated input of size 2000, so complexity is "
                + "not credited.");
    }

    /**
     * An answer that defers its work until it is read is timed while it is read: the growth meter reads every
     * element of the returned list inside its clock, as the caller would. Before, the calls timed 0.0 ms at n = 1000
     * to 4000 and no slope was fitted; now `judge submit` reports "looks O(n²) (slope 1.91 over n = 1k..8k)".
     */
    @Test
    void aLazyAnswerIsTimedDoingItsWork() {
        Judgement judgement = judge(bank.get("group-anagrams"), TestBanks.hostile("growth-lazy-answer"));

        Complexity growth = judgement.complexity();
        assertThat(growth.optimal()).as(growth.toString()).isFalse();
        assertThat(growth.exponent()).as(growth.toString()).isGreaterThan(1.3);
    }

    @Test
    void anHonestAnswerInTheOtherOrderKeepsItsComplexity() {
        Judgement judgement = judge(bank.get("two-sum"), TestBanks.hostile("growth-reversed-pair"));

        Complexity growth = judgement.complexity();
        assertThat(judgement.verdict()).as(judgement.headline()).isEqualTo(Verdict.ACCEPTED);
        assertThat(growth.answers()).as(growth.toString()).isEqualTo(new GrowthAnswers(30, 0, 0, null));
        assertThat(growth.optimal()).as(growth.toString()).isTrue();
        assertThat(growth.note()).isEmpty();
    }

    @Test
    void theModelAnswerAgreesWithItselfWithoutASecondWorker() {
        ProblemPackage twoSum = bank.get("two-sum");
        Judgement judgement = judge(twoSum, SourceTrees.read(twoSum.solutions(SolutionKind.ACCEPTED).get(0).directory()));

        assertThat(judgement.complexity().answers()).isEqualTo(new GrowthAnswers(30, 0, 0, null));
    }

    @Test
    void inputsWithSeveralRightAnswersLeaveTheCallsUnchecked() {
        // top-k-frequent-elements' generator ties frequencies at the k-th value: its problem.yaml says checkAnswers: false.
        ProblemPackage topK = bank.get("top-k-frequent-elements");
        Judgement judgement = judge(topK, SourceTrees.read(topK.solutions(SolutionKind.ACCEPTED).get(0).directory()));

        Complexity growth = judgement.complexity();
        assertThat(growth.answers()).as(growth.toString()).isEqualTo(new GrowthAnswers(0, 0, 30, null));
        assertThat(growth.optimal()).as(growth.toString()).isTrue();
    }

    @Test
    void verifyFailsASlowSolutionWhoseSeriesAnswersAreWrong(@TempDir Path folder) throws IOException {
        Path problem = folder.resolve("two-sum");
        copy(bank.get("two-sum").root(), problem);
        deleteRecursively(problem.resolve("solutions/slow"));
        deleteRecursively(problem.resolve("solutions/wrong"));
        Path slow = Files.createDirectories(problem.resolve("solutions/slow/wrong-pair-on-round-sizes"));
        Files.writeString(slow.resolve("Solution.java"), """
                // O(n^2), and on arrays whose length is a multiple of 1000 it returns the first index twice.
                class Solution {
                    public int[] twoSum(int[] nums, int target) {
                        for (int i = 0; i < nums.length; i++) {
                            for (int j = i + 1; j < nums.length; j++) {
                                if (nums[i] + nums[j] == target) {
                                    return nums.length % 1000 == 0 ? new int[] {i, i} : new int[] {i, j};
                                }
                            }
                        }
                        return new int[0];
                    }
                }
                """);

        VerificationReport report = new BankVerifier(engine, 1).verify(ProblemBank.open(folder), List.of("two-sum"));

        SolutionCheck check = report.problems().get(0).checks().stream()
                .filter(solution -> solution.kind() == CheckKind.SLOW).findFirst().orElseThrow();
        assertThat(report.passed()).isFalse();
        assertThat(check.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(check.asExpected()).isFalse();
        assertThat(check.detail()).as(check.detail()).contains("; growth answers differ from the model answer's: "
                + "wrong answer on a generated input of size 2000 (");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
