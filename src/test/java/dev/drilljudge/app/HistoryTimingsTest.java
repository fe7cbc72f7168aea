package dev.drilljudge.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTimingsTest {

    @Test
    void elapsedTimeRunsFromTheStartToTheFirstAcceptedSubmit() {
        HistoryTimings history = HistoryTimings.parse("history.jsonl", List.of(
                "{\"time\":\"2026-11-20T10:00:00Z\",\"event\":\"start\",\"problem\":\"two-sum\",\"targetMinutes\":15}",
                "{\"time\":\"2026-11-20T10:09:00Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"COMPILE_ERROR\"}",
                "{\"time\":\"2026-11-20T10:11:00Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"WRONG_ANSWER\"}",
                "{\"time\":\"2026-11-20T10:14:00Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"TIME_LIMIT_EXCEEDED\"}",
                "{\"time\":\"2026-11-20T10:18:20Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"ACCEPTED\"}"));

        assertThat(history.timing("two-sum")).contains(new SelfReportedTiming("two-sum", 1100, 2));
        assertThat(history.timing("valid-parentheses")).isEmpty();
        assertThat(history.warnings()).isEmpty();
    }

    @Test
    void recordedElapsedSecondsAndRejectedAttemptsWin() {
        HistoryTimings history = HistoryTimings.parse("history.jsonl", List.of(
                "{\"time\":\"2026-11-20T10:00:00Z\",\"event\":\"drill-started\",\"problem\":\"lru-cache\"}",
                "{\"time\":\"2026-11-20T11:00:00Z\",\"event\":\"attempt\",\"problem\":\"lru-cache\",\"verdict\":\"ACCEPTED\","
                        + "\"elapsedSeconds\":1500,\"rejectedAttempts\":1,\"scores\":{\"meta\":{\"total\":80}}}"));

        assertThat(history.timing("lru-cache")).contains(new SelfReportedTiming("lru-cache", 1500, 1));
    }

    @Test
    void theLatestAcceptedDrillCounts() {
        HistoryTimings history = HistoryTimings.parse("history.jsonl", List.of(
                "{\"time\":\"2026-11-01T10:00:00Z\",\"event\":\"start\",\"problem\":\"two-sum\"}",
                "{\"time\":\"2026-11-01T10:30:00Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"ACCEPTED\"}",
                "{\"time\":\"2026-11-08T10:00:00Z\",\"event\":\"start\",\"problem\":\"two-sum\"}",
                "{\"time\":\"2026-11-08T10:07:30Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"ACCEPTED\"}",
                "{\"time\":\"2026-11-09T10:00:00Z\",\"event\":\"start\",\"problem\":\"two-sum\"}",
                "{\"time\":\"2026-11-09T10:05:00Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"WRONG_ANSWER\"}"));

        assertThat(history.timing("two-sum")).contains(new SelfReportedTiming("two-sum", 450, 0));
    }

    @Test
    void anAcceptedSubmitWithNoDrillIsNotTimed() {
        HistoryTimings history = HistoryTimings.parse("history.jsonl", List.of(
                "{\"time\":\"2026-11-20T10:18:20Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"ACCEPTED\"}"));

        assertThat(history.timing("two-sum")).isEmpty();
    }

    @Test
    void corruptLinesAreReportedWithTheirNumberAndSkipped() {
        HistoryTimings history = HistoryTimings.parse("h.jsonl", List.of(
                "{\"time\":\"2026-11-20T10:00:00Z\",\"event\":\"start\",\"problem\":\"two-sum\"}",
                "{\"time\":\"2026-11-20T10:0",
                "",
                "[1, 2]",
                "{\"time\":\"yesterday\",\"event\":\"start\",\"problem\":\"other\"}",
                "{\"time\":\"2026-11-20T10:05:00Z\",\"event\":\"attempt\",\"problem\":\"two-sum\",\"verdict\":\"ACCEPTED\"}"));

        assertThat(history.timing("two-sum")).contains(new SelfReportedTiming("two-sum", 300, 0));
        assertThat(history.warnings()).hasSize(3);
        assertThat(history.warnings().get(0)).startsWith("h.jsonl line 2: corrupt (").endsWith("); skipped");
        assertThat(history.warnings().get(1)).isEqualTo("h.jsonl line 4: not a history entry (no problem); skipped");
        assertThat(history.warnings().get(2)).startsWith("h.jsonl line 5: corrupt (");
    }

    @Test
    void readsTheCommittedFileUnderSubmissions(@TempDir Path submissions) throws Exception {
        Files.createDirectories(submissions.resolve(".judge"));
        Files.writeString(submissions.resolve(".judge/history.jsonl"), """
                {"time":"2026-11-20T10:00:00Z","event":"start","problem":"two-sum"}
                {"time":"2026-11-20T10:20:00Z","event":"attempt","problem":"two-sum","verdict":"ACCEPTED"}
                """);

        assertThat(HistoryTimings.read(submissions).timing("two-sum"))
                .isEqualTo(Optional.of(new SelfReportedTiming("two-sum", 1200, 0)));
    }

    @Test
    void noHistoryMeansNoTimings(@TempDir Path submissions) {
        HistoryTimings history = HistoryTimings.read(submissions);

        assertThat(history.timing("two-sum")).isEmpty();
        assertThat(history.warnings()).isEmpty();
    }
}
