package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.submission.TextStyle;
import dev.drilljudge.report.submission.VerificationText;
import dev.drilljudge.result.VerificationReport;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
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
        List<String> ids = bank.ids();
        EngineOptions options = EngineOptions.batch();
        VerificationReport report;
        try (JudgeEngine engine = new JudgeEngine(options)) {
            report = new BankVerifier(engine, options.workerPoolSize()).verify(bank, ids);
        }
        String text = new VerificationText(TextStyle.plain()).render(report);
        System.out.println(text);

        assertThat(report.passed()).as(text).isTrue();
        assertThat(report.problems()).hasSize(ids.size());
        assertThat(ids).as("the bank's size").hasSizeGreaterThanOrEqualTo(40);
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
            assertThat(testCount(problem.sampleTestsDir())).as(problem.id() + " sample tests")
                    .isGreaterThanOrEqualTo(3);
            assertThat(testCount(problem.hiddenTestsDir())).as(problem.id() + " hidden tests")
                    .isGreaterThanOrEqualTo(15);
            assertThat(hiddenTestsSource(problem)).as(problem.id() + " edge-tagged tests").contains("@Tag(\"edge\")");
            assertThat(SourceTrees.readIfPresent(problem.starterDir())).as(problem.id() + " starter").isNotEmpty();
        }
    }

    @Test
    void atLeastTwentyMetaProblemsMeasureGrowthWithAGenerator() {
        long measured = TestBanks.shippedBank().problems().stream()
                .filter(problem -> problem.hasTag("meta") && problem.measuresGrowth())
                .count();
        assertThat(measured).isGreaterThanOrEqualTo(20);
    }

    /** Test methods, counted the way JUnit finds them: @Test, @ParameterizedTest and @RepeatedTest annotations. */
    private static long testCount(Path testsDir) {
        return SourceTrees.readIfPresent(testsDir).stream()
                .flatMap(source -> source.content().lines())
                .map(String::strip)
                .filter(line -> line.equals("@Test") || line.startsWith("@ParameterizedTest")
                        || line.startsWith("@RepeatedTest"))
                .count();
    }

    private static String hiddenTestsSource(ProblemPackage problem) {
        return SourceTrees.readIfPresent(problem.hiddenTestsDir()).stream().map(SourceFile::content)
                .reduce("", String::concat);
    }
}
