package dev.drilljudge.sandbox;

import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.protocol.PlanNode;
import dev.drilljudge.worker.protocol.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunLedgerTest {
    private static final String ENGINE = "[engine:junit-jupiter]";
    private static final String CLASS = ENGINE + "/[class:T]";

    private static List<PlanNode> plan() {
        return List.of(
                new PlanNode(ENGINE, "", false, "", "", "JUnit Jupiter", ""),
                new PlanNode(CLASS, ENGINE, false, "", "", "T", "edge"),
                new PlanNode(CLASS + "/[method:a()]", CLASS, true, "T", "a", "first", ""),
                new PlanNode(CLASS + "/[method:b()]", CLASS, true, "T", "b", "second", "perf"),
                new PlanNode(CLASS + "/[test-template:c(int)]", CLASS, false, "T", "c", "third", ""),
                new PlanNode(CLASS + "/[method:d()]", CLASS, true, "T", "d", "fourth", ""));
    }

    @Test
    void keepsPlanOrderWithDynamicTestsInPlace() {
        RunLedger ledger = new RunLedger();
        ledger.addNodes(plan());
        ledger.addNodes(List.of(new PlanNode(CLASS + "/[test-template:c(int)]/[test-template-invocation:#1]",
                CLASS + "/[test-template:c(int)]", true, "T", "c", "[1] 5", "")));
        for (String id : List.of("/[method:d()]", "/[method:a()]", "/[test-template:c(int)]/[test-template-invocation:#1]",
                "/[method:b()]")) {
            ledger.started(CLASS + id, 0);
            ledger.finished(CLASS + id, TestOutcome.PASSED, "", 1_000_000);
        }

        assertThat(ledger.orderedResults()).extracting(TestRun::displayName)
                .containsExactly("first", "second", "third [1] 5", "fourth");
        assertThat(ledger.orderedResults().get(1).tags()).containsExactlyInAnyOrder("edge", "perf");
        assertThat(ledger.orderedResults().get(0).timeMs()).isEqualTo(1);
    }

    @Test
    void killedTestAndUnreachedTestsAreDecidedByTheJudge() {
        RunLedger ledger = new RunLedger();
        ledger.addNodes(plan());
        ledger.started(CLASS + "/[method:a()]", 0);
        ledger.endInFlight(TestOutcome.TIME_LIMIT_EXCEEDED, "too slow", 2_000_000_000L);

        assertThat(ledger.hasUnfinishedTests()).isTrue();
        assertThat(ledger.idsToExclude()).containsExactly(CLASS + "/[method:a()]");
        ledger.markUnfinished(TestStatus.NOT_RUN, "not run");
        assertThat(ledger.orderedResults()).extracting(TestRun::status)
                .containsExactly(TestStatus.of(TestOutcome.TIME_LIMIT_EXCEEDED), TestStatus.NOT_RUN, TestStatus.NOT_RUN);
        assertThat(ledger.orderedResults().get(0).timeMs()).isEqualTo(2000);
    }

    @Test
    void aStarvedTestCannotChangeAVerdictAnEarlierFailureDecided() {
        RunLedger ledger = new RunLedger();
        ledger.addNodes(plan());
        ledger.started(CLASS + "/[method:a()]", 0);
        ledger.finished(CLASS + "/[method:a()]", TestOutcome.PASSED, "", 0);
        ledger.started(CLASS + "/[method:b()]", 0);
        ledger.endInFlight(TestOutcome.TIME_LIMIT_EXCEEDED, "too slow", 2_000_000_000L);

        assertThat(ledger.failedBefore(1)).isFalse();
        assertThat(ledger.failedBefore(2)).isFalse();
        assertThat(ledger.failedBefore(3)).isTrue();
        ledger.markUnfinished(TestStatus.NOT_RUN, "not run");
        assertThat(ledger.failedBefore(2)).isFalse();
    }

    @Test
    void containerFailureFailsItsUnstartedTests() {
        RunLedger ledger = new RunLedger();
        ledger.addNodes(plan());
        ledger.started(CLASS + "/[method:a()]", 0);
        ledger.finished(CLASS + "/[method:a()]", TestOutcome.PASSED, "", 0);
        ledger.containerFailed(CLASS, TestOutcome.RUNTIME_ERROR, "java.lang.IllegalStateException: setup");

        assertThat(ledger.orderedResults()).extracting(TestRun::status)
                .containsExactly(TestStatus.PASSED, TestStatus.of(TestOutcome.RUNTIME_ERROR),
                        TestStatus.of(TestOutcome.RUNTIME_ERROR));
    }

    @Test
    void reportsForUnknownOrFinishedTestsAreIgnored() {
        RunLedger ledger = new RunLedger();
        ledger.addNodes(plan());
        ledger.finished(CLASS + "/[method:zzz()]", TestOutcome.PASSED, "", 0);
        ledger.finished(CLASS + "/[method:a()]", TestOutcome.WRONG_ANSWER, "expected 1", 0);
        ledger.finished(CLASS + "/[method:a()]", TestOutcome.PASSED, "", 0);

        assertThat(ledger.orderedResults()).extracting(TestRun::status)
                .containsExactly(TestStatus.of(TestOutcome.WRONG_ANSWER));
    }

    @Test
    void abortedAndSkippedTestsAreFailuresAndStillCountInTheTotal() {
        RunLedger ledger = new RunLedger();
        ledger.addNodes(plan());
        ledger.started(CLASS + "/[method:a()]", 0);
        ledger.skipped(CLASS + "/[method:a()]", "aborted, so not passed: Assumption failed", 0, 0);
        ledger.skipped(CLASS + "/[method:b()]", "skipped, so not passed: disabled", 0, 0);
        ledger.started(CLASS + "/[method:d()]", 0);
        ledger.finished(CLASS + "/[method:d()]", TestOutcome.PASSED, "", 0);

        assertThat(ledger.hasFailure()).isTrue();
        assertThat(ledger.idsToExclude()).doesNotContain(CLASS + "/[test-template:c(int)]");
        assertThat(ledger.orderedResults()).extracting(TestRun::status)
                .containsExactly(TestStatus.of(TestOutcome.RUNTIME_ERROR), TestStatus.of(TestOutcome.RUNTIME_ERROR),
                        TestStatus.PASSED);
        assertThat(ledger.orderedResults()).extracting(TestRun::message).containsExactly(
                "aborted, so not passed: Assumption failed", "skipped, so not passed: disabled", "");
    }

    @Test
    void aSkippedContainerFailsEveryTestInIt() {
        RunLedger ledger = new RunLedger();
        ledger.addNodes(plan());

        ledger.containerFailed(CLASS, TestOutcome.RUNTIME_ERROR, "skipped, so not passed: class disabled");
        ledger.markUnfinished(TestStatus.of(TestOutcome.RUNTIME_ERROR), "the test did not report a result");

        assertThat(ledger.orderedResults()).hasSize(3).allSatisfy(run -> {
            assertThat(run.status()).isEqualTo(TestStatus.of(TestOutcome.RUNTIME_ERROR));
            assertThat(run.message()).isEqualTo("skipped, so not passed: class disabled");
        });
    }
}
