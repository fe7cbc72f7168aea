package dev.drilljudge.verdict;

import dev.drilljudge.worker.protocol.TestOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestStatusTest {
    @Test
    void everyFailingOutcomeIsTheVerdictOfTheSameName() {
        for (TestOutcome outcome : TestOutcome.values()) {
            Verdict verdict = TestStatus.of(outcome).asVerdict();
            assertThat(verdict.name()).isEqualTo(outcome == TestOutcome.PASSED ? "ACCEPTED" : outcome.name());
        }
    }

    @Test
    void aStatusIsAnOutcomeOrNotRunAndReadsBackFromItsName() {
        assertThat(TestStatus.of(TestOutcome.PASSED)).isSameAs(TestStatus.PASSED);
        assertThat(TestStatus.valueOf("WRONG_ANSWER")).isSameAs(TestStatus.of(TestOutcome.WRONG_ANSWER));
        assertThat(TestStatus.valueOf("NOT_RUN")).isSameAs(TestStatus.NOT_RUN);
        assertThat(TestStatus.NOT_RUN.outcome()).isEmpty();
        assertThat(TestStatus.NOT_RUN.asVerdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(TestStatus.of(TestOutcome.MEMORY_LIMIT_EXCEEDED)).hasToString("MEMORY_LIMIT_EXCEEDED");
    }
}
