package dev.drilljudge.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden lines: history.jsonl is committed to practice repos and read by `judge grade`, so each kind of line is
 * pinned here literally, as the judge wrote it before lines were versioned and as it writes them now.
 */
class HistoryLinesTest {
    /** Written by the judge before history lines carried a schema version (taken from its output). */
    private static final String TODAY_DRILL_STARTED = "{\"event\":\"drill-started\",\"time\":\"2026-11-03T18:00:00Z\",\"judgeVersion\":\"development\","
            + "\"drill\":\"medium-array@2026-11-03T18:00:00Z\",\"problem\":\"medium-array\",\"style\":\"META\","
            + "\"targetSeconds\":1350,\"round\":\"mock@2026-11-03T18:00:00Z\"}";

    /** Written by the judge before history lines carried a schema version (taken from its output). */
    private static final String TODAY_ATTEMPT = "{\"event\":\"attempt\",\"time\":\"2026-11-03T18:18:20Z\",\"judgeVersion\":\"development\",\"prob"
            + "lem\":\"medium-array\",\"drill\":\"medium-array@2026-11-03T18:00:00Z\",\"round\":\"mock@2026-11-"
            + "03T18:00:00Z\",\"verdict\":\"ACCEPTED\",\"count\":\"ACCEPTED\",\"passed\":15,\"total\":15,\"elap"
            + "sedSeconds\":1100,\"targetSeconds\":1350,\"scores\":{\"meta\":{\"total\":100,\"correctness\":100"
            + ",\"velocity\":100,\"firstTimeRight\":100,\"complexity\":100,\"elapsedSeconds\":1100,\"targetSeco"
            + "nds\":1350,\"rejectedAttempts\":0},\"amazon\":{\"total\":90,\"readability\":90,\"edgeCases\":80,"
            + "\"correctness\":100},\"overall\":100,\"debrief\":{\"meta\":\"Meta: strong signal — solved in 18:"
            + "20 of 22:30, first submit, 2 of 2 perf tests pass.\",\"amazon\":\"Amazon: meets the bar (Insist "
            + "on the Highest Standards) — readability 90/100; no findings.\"}},\"readability\":{\"score\":90,\"categories\":{\"edgeCases\":80,\"errorHandling\":85,\"modularity\":90,\"naming\":90},\"rules\":"
            + "{}}}";

    /** Written by the judge before history lines carried a schema version (taken from its output). */
    private static final String TODAY_DRILL_CLOSED = "{\"event\":\"drill-closed\",\"time\":\"2026-11-03T18:18:20Z\",\"judgeVersion\":\"development\",\"drill\":\"medium-array@2026-11-03T18:00:00Z\",\"problem\":\"medium-array\",\"outcome\":\"ACCEPT"
            + "ED\",\"elapsedSeconds\":1100,\"targetSeconds\":1350,\"attempts\":1,\"rejectedAttempts\":0,\"roun"
            + "d\":\"mock@2026-11-03T18:00:00Z\"}";

    /** Written by the judge before history lines carried a schema version (taken from its output). */
    private static final String TODAY_ROUND_STARTED = "{\"event\":\"round-started\",\"time\":\"2026-11-03T18:00:00Z\",\"judgeVersion\":\"development\","
            + "\"round\":\"mock@2026-11-03T18:00:00Z\",\"style\":\"META\",\"seed\":7,\"durationSeconds\":2700,\"problems\":[\"medium-array\",\"hard-graph\"]}";

    /** Written by the judge before history lines carried a schema version (taken from its output). */
    private static final String TODAY_ROUND_CLOSED = "{\"event\":\"round-closed\",\"time\":\"2026-11-03T18:41:10Z\",\"judgeVersion\":\"development\",\"round\":\"mock@2026-11-03T18:00:00Z\",\"summary\":{\"round\":\"mock@2026-11-03T18:00:00Z\",\"st"
            + "yle\":\"META\",\"seed\":7,\"startedAt\":\"2026-11-03T18:00:00Z\",\"endedAt\":\"2026-11-03T18:41:"
            + "10Z\",\"durationSeconds\":2700,\"usedSeconds\":2470,\"expired\":false,\"problems\":[{\"problem\""
            + ":\"medium-array\",\"accepted\":true,\"solvedAtSeconds\":1100,\"targetSeconds\":1350,\"attempts\""
            + ":1,\"rejectedAttempts\":0,\"scores\":{\"meta\":{\"total\":100,\"correctness\":100,\"velocity\":1"
            + "00,\"firstTimeRight\":100,\"complexity\":100,\"elapsedSeconds\":1100,\"targetSeconds\":1350,\"re"
            + "jectedAttempts\":0},\"amazon\":{\"total\":90,\"readability\":90,\"edgeCases\":80,\"correctness\""
            + ":100},\"overall\":100,\"debrief\":{\"meta\":\"Meta: strong signal — solved in 18:20 of 22:30, fi"
            + "rst submit, 2 of 2 perf tests pass.\",\"amazon\":\"Amazon: meets the bar (Insist on the Highest "
            + "Standards) — readability 90/100; no findings.\"}}},{\"problem\":\"hard-graph\",\"accepted\":true"
            + ",\"solvedAtSeconds\":2470,\"targetSeconds\":2700,\"attempts\":1,\"rejectedAttempts\":0,\"scores\":{\"meta\":{\"total\":100,\"correctness\":100,\"velocity\":100,\"firstTimeRight\":100,\"complex"
            + "ity\":100,\"elapsedSeconds\":2470,\"targetSeconds\":2700,\"rejectedAttempts\":0},\"amazon\":{\"t"
            + "otal\":90,\"readability\":90,\"edgeCases\":80,\"correctness\":100},\"overall\":100,\"debrief\":{"
            + "\"meta\":\"Meta: strong signal — solved in 41:10 of 45:00, first submit, 2 of 2 perf tests pass."
            + "\",\"amazon\":\"Amazon: meets the bar (Insist on the Highest Standards) — readability 90/100; no"
            + " findings.\"}}}],\"score\":{\"solved\":2,\"problems\":2,\"metaTotal\":100,\"amazonTotal\":90,\"o"
            + "verall\":100,\"debrief\":{\"meta\":\"Meta: strong signal — 2 of 2 solved in 41:10 of 45:00; medi"
            + "um-array at 18:20, hard-graph at 41:10; no rejected submits; Meta score 100.\",\"amazon\":\"Amaz"
            + "on: meets the bar (Insist on the Highest Standards) — medium-array readability 90, edge cases 80"
            + "; hard-graph readability 90, edge cases 80; Amazon score 90.\"}}}}";

    private static final List<String> TODAY = List.of(TODAY_DRILL_STARTED, TODAY_ATTEMPT, TODAY_DRILL_CLOSED,
            TODAY_ROUND_STARTED, TODAY_ROUND_CLOSED);

    /** A line as this judge writes it: today's line with the schema version after the kind. */
    private static String versioned(String line) {
        int afterKind = line.indexOf(',') + 1;
        return line.substring(0, afterKind) + "\"schemaVersion\":1," + line.substring(afterKind);
    }

    @Test
    void everyKindOfTodaysLineReadsAndIsWrittenBackWithOnlyItsSchemaVersionAdded() {
        for (String line : TODAY) {
            assertThat(HistoryLines.format(HistoryLines.parse(line))).isEqualTo(versioned(line));
        }
    }

    @Test
    void everyKindOfVersionedLineRoundTripsExactly() {
        for (String line : TODAY) {
            String current = versioned(line);
            assertThat(HistoryLines.format(HistoryLines.parse(current))).isEqualTo(current);
        }
    }

    @Test
    void theEventsReadAreTheDomainsOwn() {
        assertThat(HistoryLines.parse(TODAY_DRILL_STARTED)).isEqualTo(new HistoryEvent.DrillStarted(
                java.time.Instant.parse("2026-11-03T18:00:00Z"), "development", "medium-array@2026-11-03T18:00:00Z",
                "medium-array", dev.drilljudge.scoring.Style.META, 1350, "mock@2026-11-03T18:00:00Z"));
        HistoryEvent.AttemptRecorded attempt = (HistoryEvent.AttemptRecorded) HistoryLines.parse(TODAY_ATTEMPT);
        assertThat(attempt.elapsedSeconds()).isEqualTo(1100L);
        assertThat(attempt.scores().meta().total()).isEqualTo(100);
        assertThat(((HistoryEvent.RoundClosed) HistoryLines.parse(TODAY_ROUND_CLOSED)).summary().problems())
                .hasSize(2);
    }

    /** A debug drill's lines carry three optional fields at their end; other drills' lines leave them out. */
    @Test
    void aDebugDrillsOptionalFieldsReadAndAreWrittenBack() {
        String started = "{\"event\":\"drill-started\",\"time\":\"2026-11-03T18:00:00Z\",\"judgeVersion\":"
                + "\"development\",\"drill\":\"debug-two-sum@2026-11-03T18:00:00Z\",\"problem\":\"two-sum\","
                + "\"style\":\"META\",\"targetSeconds\":900,\"round\":null,\"handedOut\":\"3f9a0c\"}";
        String attempt = TODAY_ATTEMPT.substring(0, TODAY_ATTEMPT.length() - 1)
                + ",\"cause\":\"the loop stops one element early\"}";
        String closed = TODAY_DRILL_CLOSED.substring(0, TODAY_DRILL_CLOSED.length() - 1)
                + ",\"seededBug\":\"off-by-one in the loop bound\"}";

        for (String line : List.of(started, attempt, closed)) {
            assertThat(HistoryLines.format(HistoryLines.parse(line))).isEqualTo(versioned(line));
        }
        assertThat(((HistoryEvent.DrillStarted) HistoryLines.parse(started)).handedOut()).isEqualTo("3f9a0c");
        assertThat(((HistoryEvent.AttemptRecorded) HistoryLines.parse(attempt)).cause())
                .isEqualTo("the loop stops one element early");
        assertThat(((HistoryEvent.DrillClosed) HistoryLines.parse(closed)).seededBug())
                .isEqualTo("off-by-one in the loop bound");
        assertThat(HistoryLines.format(HistoryLines.parse(TODAY_ATTEMPT))).doesNotContain("cause");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "99"})
    void aLineOfANewerSchemaIsSkippedWithAReason(String schema, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, versioned(TODAY_DRILL_STARTED) + "\n"
                + versioned(TODAY_DRILL_CLOSED).replace("\"schemaVersion\":1", "\"schemaVersion\":" + schema) + "\n");

        HistoryLog log = HistoryReader.read(file);

        assertThat(log.events()).hasSize(1);
        assertThat(log.skipped()).hasSize(1);
        assertThat(log.skipped().get(0).describe("history.jsonl"))
                .isEqualTo("history.jsonl line 2: skipped, not a complete history event (written by a newer judge "
                        + "(schema " + schema + "))");
    }
}
