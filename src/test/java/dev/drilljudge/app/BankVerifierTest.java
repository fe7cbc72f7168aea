package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.result.ProblemVerification;
import dev.drilljudge.result.VerificationReport;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How `judge verify` uses its workers: it announces each problem's next judgement instead of keeping idle spares, so
 * every worker it starts runs a job; and it starts the longest problems first but reports in the order asked.
 */
class BankVerifierTest {
    @Test
    void everyWorkerStartedRunsAJobAndTheReportKeepsTheOrderAsked() {
        ProblemBank bank = TestBanks.fixtureBank();
        // pair-sum (accepted, wrong, slow) is the longest: it starts first, and is still reported where it was asked.
        List<String> asked = List.of("counter", "pair-sum", "packaged-adder");
        EngineOptions options = EngineOptions.batch();
        VerificationReport report;
        int idleAfter;
        try (JudgeEngine engine = new JudgeEngine(options)) {
            report = new BankVerifier(engine, options.workerPoolSize()).verify(bank, asked);
            idleAfter = engine.idleWorkers();
        }

        assertThat(report.passed()).isTrue();
        assertThat(report.problems()).extracting(ProblemVerification::problemId).containsExactlyElementsOf(asked);
        assertThat(idleAfter).as("workers started and never used").isZero();
    }
}
