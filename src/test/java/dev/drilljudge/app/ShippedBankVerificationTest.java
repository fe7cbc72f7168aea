package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.VerificationText;
import dev.drilljudge.report.TextStyle;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `judge verify` over the whole shipped bank, as the issue asks: every accepted solution passes, every wrong
 * one is killed by a hidden test, every slow one times out, every starter compiles and fails.
 */
class ShippedBankVerificationTest {
    @Test
    void everyShippedSolutionGetsItsExpectedVerdict() {
        ProblemBank bank = TestBanks.shippedBank();
        EngineOptions options = EngineOptions.batch();
        VerificationReport report;
        try (JudgeEngine engine = new JudgeEngine(options)) {
            report = new BankVerifier(engine, options.workerPoolSize()).verify(bank, List.of());
        }
        String text = new VerificationText(TextStyle.plain()).render(report);
        System.out.println(text);

        assertThat(report.passed()).as(text).isTrue();
        assertThat(report.problems()).hasSizeGreaterThanOrEqualTo(bank.ids().size());
    }

    @Test
    void everyPackageMeetsTheBankStandard() {
        for (ProblemPackage problem : TestBanks.shippedBank().problems()) {
            assertThat(problem.tags()).as(problem.id() + " style tag")
                    .containsAnyOf("meta", "amazon", "pe");
            assertThat(problem.solutions(dev.drilljudge.problem.SolutionKind.ACCEPTED)).as(problem.id() + " accepted")
                    .isNotEmpty();
            assertThat(problem.solutions(dev.drilljudge.problem.SolutionKind.WRONG)).as(problem.id() + " wrong")
                    .hasSizeGreaterThanOrEqualTo(3);
        }
    }
}
