package dev.drilljudge.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The time-limit rules as arithmetic: CPU time decides, the wall clock is a backstop, starvation is not TLE. */
class TestTimeLimitTest {
    private final TestTimeLimit limit = new TestTimeLimit(1000);

    @Test
    void theBackstopIsThreeTimesTheLimitPlusTwoSecondsAndTheStarvationCapTenTimesPlusTen() {
        assertThat(limit.backstopMs()).isEqualTo(5_000);
        assertThat(limit.starvedCapMs()).isEqualTo(20_000);
        assertThat(limit.killCpuMs()).isEqualTo(1_250);
        assertThat(new TestTimeLimit(4000).killCpuMs()).isEqualTo(5_000);
    }

    @Test
    void cpuTimeOverTheLimitPlusSlackIsTimeLimitExceededWhateverTheWallClockSays() {
        assertThat(limit.check(1_300, 1_251, 0)).isEqualTo(TestTimeLimit.Decision.CPU_LIMIT_EXCEEDED);
        assertThat(limit.check(60_000, 1_251, 50_000)).isEqualTo(TestTimeLimit.Decision.CPU_LIMIT_EXCEEDED);
        assertThat(limit.check(4_999, 1_250, 0)).isEqualTo(TestTimeLimit.Decision.KEEP_RUNNING);
    }

    @Test
    void aSleepingTestIsStoppedAtTheBackstop() {
        assertThat(limit.check(5_000, 3, 10)).isEqualTo(TestTimeLimit.Decision.IDLE_TIMEOUT);
        assertThat(limit.check(5_000, 3, -1)).isEqualTo(TestTimeLimit.Decision.IDLE_TIMEOUT);
    }

    @Test
    void aStarvedTestKeepsRunningToTheCapAndIsThenTheMachinesFault() {
        // 8 busy processes per core: 600 ms on the CPU and 4.4 s waiting for it in 5 s.
        assertThat(limit.check(5_000, 600, 4_400)).isEqualTo(TestTimeLimit.Decision.KEEP_RUNNING);
        assertThat(limit.check(19_999, 900, 18_000)).isEqualTo(TestTimeLimit.Decision.KEEP_RUNNING);
        assertThat(limit.check(20_000, 900, 18_000)).isEqualTo(TestTimeLimit.Decision.STARVED);
    }

    @Test
    void starvedMeansRunnableForHalfTheWallTimeOrWithoutRunDelayBusyForOneTwentieth() {
        assertThat(TestTimeLimit.starved(10_000, 1_000, 4_000)).isTrue();
        assertThat(TestTimeLimit.starved(10_000, 1_000, 3_999)).isFalse();
        assertThat(TestTimeLimit.starved(10_000, 500, -1)).isTrue();
        assertThat(TestTimeLimit.starved(10_000, 499, -1)).isFalse();
    }

    @Test
    void theWorkersFigureIsChargedUnlessItClaimsMoreThanTheOsSawTheWholeWorkerUse() {
        assertThat(TestTimeLimit.chargedCpuMs(120, 150)).isEqualTo(120);
        assertThat(TestTimeLimit.chargedCpuMs(200, 150)).isEqualTo(200);
        assertThat(TestTimeLimit.chargedCpuMs(201, 150)).isEqualTo(150);
        assertThat(limit.over(1_000)).isFalse();
        assertThat(limit.over(1_001)).isTrue();
    }
}
