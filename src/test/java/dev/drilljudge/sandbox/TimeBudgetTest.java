package dev.drilljudge.sandbox;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The total budget's wall-clock backstop, spent only while tests run, and given back for a starved test's rerun. */
class TimeBudgetTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void onlyTimeBetweenResumeAndPauseIsSpent() {
        TimeBudget budget = new TimeBudget(10 * SECOND);
        budget.resume(0);
        budget.pause(4 * SECOND);

        assertThat(budget.deadline(100 * SECOND)).isEqualTo(106 * SECOND);
        assertThat(budget.exhausted(100 * SECOND)).isFalse();
    }

    @Test
    void aStarvedTestsWallTimeIsGivenBackForItsRerun() {
        TimeBudget budget = new TimeBudget(10 * SECOND);
        budget.resume(0);
        budget.pause(10 * SECOND);
        assertThat(budget.exhausted(10 * SECOND)).as("the starved attempt used the whole backstop").isTrue();

        budget.refund(7 * SECOND);

        assertThat(budget.exhausted(20 * SECOND)).isFalse();
        assertThat(budget.deadline(20 * SECOND)).isEqualTo(27 * SECOND);
    }

    @Test
    void aRefundNeverMakesTheBudgetLargerThanItWas() {
        TimeBudget budget = new TimeBudget(10 * SECOND);
        budget.resume(0);
        budget.pause(2 * SECOND);

        budget.refund(5 * SECOND);

        assertThat(budget.deadline(0)).isEqualTo(10 * SECOND);
    }
}
