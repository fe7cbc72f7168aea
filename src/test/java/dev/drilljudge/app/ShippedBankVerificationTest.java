package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemBank;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.report.submission.TextStyle;
import dev.drilljudge.report.submission.VerificationText;
import dev.drilljudge.result.VerificationReport;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import dev.drilljudge.verdict.Verdict;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `judge verify` over the whole shipped bank, as the issue asks: every accepted solution passes, every wrong
 * one is killed by a hidden test, every slow one times out, every starter compiles and fails.
 * <p>
 * It runs beside the rest of the suite (see junit-platform.properties): verification keeps both cores busy for
 * minutes, while the other classes mostly use one. Its report goes to {@code target/bank-verification.txt}, not to
 * System.out, which the CLI tests capture while it runs.
 */
@Execution(ExecutionMode.CONCURRENT)
class ShippedBankVerificationTest {
    private static final Path REPORT = TestBanks.projectRoot().resolve("target/bank-verification.txt");

    @Test
    void everyShippedSolutionGetsItsExpectedVerdict() throws IOException {
        ProblemBank bank = TestBanks.shippedBank();
        List<String> ids = bank.ids();
        EngineOptions options = EngineOptions.batch();
        VerificationReport report;
        try (JudgeEngine engine = new JudgeEngine(options)) {
            report = new BankVerifier(engine, options.workerPoolSize()).verify(bank, ids);
        }
        String text = new VerificationText(TextStyle.plain()).render(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text, StandardCharsets.UTF_8);

        // Said first and on its own, though passed() implies it for every solution: the allow-list refuses nothing the
        // bank ships (AllowListCorpusTest no longer compiles the bank's solutions again).
        assertThat(report.problems().stream().flatMap(problem -> problem.checks().stream())
                .filter(check -> check.verdict() == Verdict.SECURITY_VIOLATION)
                .map(check -> check.problemId() + " " + check.name() + ": " + check.detail()))
                .as("refused by the allow-list").isEmpty();
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
