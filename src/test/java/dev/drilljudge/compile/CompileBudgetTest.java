package dev.drilljudge.compile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CompileBudgetTest {
    private static final long MS = 1_000_000L;

    @ParameterizedTest(name = "{0} ms CPU after {1} ms -> {2}")
    @CsvSource({
            "0, 0, KEEP_WAITING",
            "29999, 30000, KEEP_WAITING",
            "30000, 30000, OVER_CPU_LIMIT",
            "30000, 200000, OVER_CPU_LIMIT",
            "5000, 119999, KEEP_WAITING",
            "5000, 120000, STARVED",
            "0, 120000, STARVED"})
    void theCpuLimitDecidesAndTheWallClockIsOnlyABackstop(long cpuMs, long elapsedMs,
                                                          CompileBudget.Decision expected) {
        assertThat(new CompileBudget(Duration.ofSeconds(30)).decide(cpuMs * MS, elapsedMs * MS)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"30000, 30 s", "250, 250 ms", "1500, 1500 ms"})
    void theLimitReadsInWholeSecondsWhenItIsWholeSeconds(long limitMs, String text) {
        assertThat(new CompileBudget(Duration.ofMillis(limitMs)).limitText()).isEqualTo(text);
    }
}
