package dev.drilljudge.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.drilljudge.scoring.AttemptCount;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.verdict.Verdict;

import java.time.Instant;
import java.util.List;

/**
 * One line of {@code history.jsonl} exactly as it is stored: practice repos commit the file and `judge grade` reads
 * it, so these records, not the domain's {@link HistoryEvent}s, fix its format. {@link HistoryLines} maps between
 * the two. Fields may be added, never renamed; a change that old readers would misread raises
 * {@link #CURRENT_SCHEMA}. A line without {@code schemaVersion} was written before versioning: schema 1.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event")
@JsonSubTypes({
        @JsonSubTypes.Type(value = HistoryLine.DrillStarted.class, name = "drill-started"),
        @JsonSubTypes.Type(value = HistoryLine.Attempt.class, name = "attempt"),
        @JsonSubTypes.Type(value = HistoryLine.DrillClosed.class, name = "drill-closed"),
        @JsonSubTypes.Type(value = HistoryLine.RoundStarted.class, name = "round-started"),
        @JsonSubTypes.Type(value = HistoryLine.RoundClosed.class, name = "round-closed")})
sealed interface HistoryLine {
    int CURRENT_SCHEMA = 1;

    /** 1 for a line written before the field existed. */
    Integer schemaVersion();

    @JsonPropertyOrder({"schemaVersion", "time", "judgeVersion", "drill", "problem", "style", "targetSeconds", "round",
            "handedOut"})
    record DrillStarted(Integer schemaVersion, Instant time, String judgeVersion, String drill, String problem,
                        Style style, long targetSeconds, String round,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String handedOut) implements HistoryLine {
    }

    @JsonPropertyOrder({"schemaVersion", "time", "judgeVersion", "problem", "drill", "round", "verdict", "count",
            "passed", "total", "elapsedSeconds", "targetSeconds", "scores", "readability", "cause"})
    record Attempt(Integer schemaVersion, Instant time, String judgeVersion, String problem, String drill,
                   String round, Verdict verdict, AttemptCount count, int passed, int total, Long elapsedSeconds,
                   long targetSeconds, Scorecard scores, ReadabilitySnapshot readability,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String cause) implements HistoryLine {
    }

    @JsonPropertyOrder({"schemaVersion", "time", "judgeVersion", "drill", "problem", "outcome", "elapsedSeconds",
            "targetSeconds", "attempts", "rejectedAttempts", "round", "seededBug"})
    record DrillClosed(Integer schemaVersion, Instant time, String judgeVersion, String drill, String problem,
                       DrillOutcome outcome, long elapsedSeconds, long targetSeconds, int attempts,
                       int rejectedAttempts, String round,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String seededBug) implements HistoryLine {
    }

    @JsonPropertyOrder({"schemaVersion", "time", "judgeVersion", "round", "style", "seed", "durationSeconds",
            "problems"})
    record RoundStarted(Integer schemaVersion, Instant time, String judgeVersion, String round, Style style, long seed,
                        long durationSeconds, List<String> problems) implements HistoryLine {
    }

    @JsonPropertyOrder({"schemaVersion", "time", "judgeVersion", "round", "summary"})
    record RoundClosed(Integer schemaVersion, Instant time, String judgeVersion, String round,
                       MockRoundSummary summary) implements HistoryLine {
    }
}
