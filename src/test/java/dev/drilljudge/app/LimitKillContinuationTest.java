package dev.drilljudge.app;

import dev.drilljudge.problem.Limits;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Verdict;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README, Verdicts: "When a test is killed on a limit, the remaining tests run in a fresh worker while the total time
 * budget lasts, so tests.passed says how the other tests went. Tests the budget did not reach are NOT_RUN." End to
 * end through the engine, on pair-sum's three hidden tests (example 1 has target 9, the others do not).
 */
class LimitKillContinuationTest {
    private static final String ANSWER = """
                    java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
                    for (int i = 0; i < numbers.length; i++) {
                        Integer partner = seen.get(target - numbers[i]);
                        if (partner != null) {
                            return new int[] {partner, i};
                        }
                        seen.put(numbers[i], i);
                    }
                    return new int[0];
            """;

    private static JudgeEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = new JudgeEngine(EngineOptions.batch());
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void afterATestIsKilledTheOthersRunInAFreshWorkerAndCount() {
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");

        Judgement judgement = engine.judge(pairSum, solution("if (target == 9) { spin(); }"), RunMode.HIDDEN);

        assertThat(judgement.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(judgement.headline()).isEqualTo("TIME_LIMIT_EXCEEDED on test 1 (example 1)");
        assertThat(judgement.results()).extracting(TestResult::status)
                .containsExactly(TestStatus.valueOf("TIME_LIMIT_EXCEEDED"), TestStatus.PASSED, TestStatus.PASSED);
        assertThat(judgement.passed()).isEqualTo(2);
        assertThat(judgement.total()).isEqualTo(3);
    }

    @Test
    void testsTheTotalBudgetDidNotReachAreNotRun() {
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");
        ProblemPackage tight = new ProblemPackage(pairSum.id(), pairSum.title(), pairSum.difficulty(), pairSum.tags(),
                pairSum.targetMinutes(), new Limits(1000, 1500, pairSum.limits().memoryMb(),
                pairSum.limits().outputKb()), pairSum.allowThreads(), pairSum.inputs(), pairSum.printsOutput(),
                pairSum.allowApis(), pairSum.root(), pairSum.complexity());

        Judgement judgement = engine.judge(tight, solution("spin();"), RunMode.HIDDEN);

        assertThat(judgement.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(judgement.results()).hasSize(3);
        assertThat(judgement.results().get(0).status()).isEqualTo(TestStatus.valueOf("TIME_LIMIT_EXCEEDED"));
        assertThat(judgement.results().get(2).status()).as("1.5 s of budget cannot reach a third 1 s test")
                .isEqualTo(TestStatus.NOT_RUN);
        assertThat(judgement.passed()).isZero();
        assertThat(judgement.total()).isEqualTo(3);
    }

    private static List<SourceFile> solution(String trap) {
        return List.of(new SourceFile("Solution.java", "class Solution {\n"
                + "    private static long sink;\n\n"
                + "    public int[] twoSum(int[] numbers, int target) {\n"
                + "        " + trap + "\n" + ANSWER + "    }\n\n"
                + "    private static void spin() {\n"
                + "        while (sink >= 0) {\n            sink++;\n        }\n    }\n}\n"));
    }
}
