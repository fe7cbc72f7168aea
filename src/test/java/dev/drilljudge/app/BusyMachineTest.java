package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.problem.Solution;
import dev.drilljudge.problem.SolutionKind;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judge on a busy machine: 8 CPU-bound processes per core (16 on the 2-core CI runner) run beside it for the
 * whole class. Time limits are CPU time, so accepted answers stay ACCEPTED, the quadratic two-sum still times out,
 * and the measured growth still tells O(n²) from O(n).
 */
class BusyMachineTest {
    private static final int BUSY_PER_CORE = 8;
    private static final List<Process> busy = new ArrayList<>();
    private static JudgeEngine engine;
    private static ProblemBank bank;

    @BeforeAll
    static void loadTheMachine() throws IOException {
        int processes = BUSY_PER_CORE * Math.max(2, Runtime.getRuntime().availableProcessors());
        for (int index = 0; index < processes; index++) {
            busy.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
        }
        engine = new JudgeEngine(EngineOptions.batch());
        bank = TestBanks.shippedBank();
    }

    @AfterAll
    static void stopTheLoad() {
        try {
            if (engine != null) {
                engine.close();
            }
        } finally {
            busy.forEach(Process::destroyForcibly);
            // Reap them before the suite's hygiene check looks: on a loaded machine a killed shell can still be
            // listed for a moment, and the check would report the test's own load as a leak.
            for (Process process : busy) {
                try {
                    process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Test
    void acceptedAnswersStayAcceptedAndOptimal() {
        for (String id : List.of("two-sum", "valid-parentheses", "merge-intervals")) {
            ProblemPackage problem = bank.get(id);
            Solution accepted = problem.solutions(SolutionKind.ACCEPTED).get(0);
            Judgement judgement = judge(problem, accepted);
            assertThat(judgement.verdict()).as(id + ": " + judgement.headline()).isEqualTo(Verdict.ACCEPTED);
            assertThat(judgement.complexity().optimal()).as(id + ": " + judgement.complexity()).isTrue();
            if (id.equals("two-sum")) {
                assertThat(judgement.complexity().exponent()).as(judgement.complexity().toString())
                        .isLessThanOrEqualTo(1.3);
            }
        }
    }

    @Test
    void theQuadraticTwoSumTimesOutAndIsMeasuredQuadratic() {
        ProblemPackage twoSum = bank.get("two-sum");
        Solution slow = twoSum.solutions(SolutionKind.SLOW).get(0);
        Judgement judgement = engine.judge(twoSum, SourceTrees.read(slow.directory()), RunMode.HIDDEN, true, true);
        assertThat(judgement.verdict()).as(judgement.headline()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(judgement.complexity().looksLike()).as(judgement.complexity().toString()).isEqualTo("O(n^2)");
        assertThat(judgement.complexity().exponent()).isGreaterThanOrEqualTo(1.6);
        assertThat(judgement.complexity().optimal()).isFalse();
    }

    private static Judgement judge(ProblemPackage problem, Solution solution) {
        return engine.judge(problem, SourceTrees.read(solution.directory()), RunMode.HIDDEN, false, true);
    }
}
