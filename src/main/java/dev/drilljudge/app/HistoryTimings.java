package dev.drilljudge.app;

import dev.drilljudge.BadInputException;
import dev.drilljudge.verdict.Verdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the drill times a candidate committed in {@code submissions/.judge/history.jsonl}, so that a CI grade can
 * score velocity. The history is the candidate's own record: reports mark what comes from it as self-reported.
 * <p>
 * Each line is one JSON object with a {@code problem} and a {@code time} (ISO-8601). A line whose {@code event}
 * names a start opens a drill; a line with a {@code verdict} is an attempt. The latest drill that reached ACCEPTED
 * gives the timing: its {@code elapsedSeconds} and {@code rejectedAttempts} when the line records them, otherwise
 * the time from the start to that attempt and the rejected attempts in between (compile errors not counted).
 * A corrupt line is reported with its line number and skipped, never dropped silently.
 */
public final class HistoryTimings {
    public static final String HISTORY_FILE = ".judge/history.jsonl";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Map<String, SelfReportedTiming> timings;
    private final List<String> warnings;

    private HistoryTimings(Map<String, SelfReportedTiming> timings, List<String> warnings) {
        this.timings = Map.copyOf(timings);
        this.warnings = List.copyOf(warnings);
    }

    public static HistoryTimings none() {
        return new HistoryTimings(Map.of(), List.of());
    }

    /** Reads {@code submissionsDir/.judge/history.jsonl}; no file means no timings. */
    public static HistoryTimings read(Path submissionsDir) {
        Path history = submissionsDir.resolve(HISTORY_FILE);
        if (!Files.isRegularFile(history)) {
            return none();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(history, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(history + ": cannot read the history (" + e.getMessage()
                    + "); fix or delete the file", e);
        }
        return parse(history.toString(), lines);
    }

    static HistoryTimings parse(String source, List<String> lines) {
        Map<String, DrillState> drills = new HashMap<>();
        Map<String, SelfReportedTiming> timings = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode entry = JSON.readTree(line);
                String problem = text(entry, "problem");
                if (!entry.isObject() || problem == null) {
                    warnings.add(source + " line " + (index + 1) + ": not a history entry (no problem); skipped");
                    continue;
                }
                accept(entry, problem, drills, timings);
            } catch (JacksonException | DateTimeParseException e) {
                warnings.add(source + " line " + (index + 1) + ": corrupt (" + firstLine(e.getMessage()) + "); skipped");
            }
        }
        return new HistoryTimings(timings, warnings);
    }

    private static void accept(JsonNode entry, String problem, Map<String, DrillState> drills,
                               Map<String, SelfReportedTiming> timings) {
        String event = text(entry, "event");
        if (event == null) {
            event = text(entry, "type");
        }
        String verdict = text(entry, "verdict");
        if (verdict == null && event != null && event.toLowerCase(java.util.Locale.ROOT).contains("start")) {
            drills.put(problem, new DrillState(time(entry)));
            return;
        }
        if (verdict == null) {
            return;
        }
        DrillState drill = drills.get(problem);
        if (Verdict.ACCEPTED.name().equals(verdict)) {
            Optional<Long> elapsed = number(entry, "elapsedSeconds");
            if (elapsed.isEmpty() && drill != null && drill.started != null && time(entry) != null) {
                elapsed = Optional.of(Duration.between(drill.started, time(entry)).toSeconds());
            }
            int rejected = number(entry, "rejectedAttempts").map(Long::intValue)
                    .orElse(drill == null ? 0 : drill.rejected);
            elapsed.filter(seconds -> seconds >= 0).ifPresent(seconds ->
                    timings.put(problem, new SelfReportedTiming(problem, seconds, rejected)));
            drills.remove(problem);
        } else if (drill != null && !Verdict.COMPILE_ERROR.name().equals(verdict)) {
            drill.rejected++;
        }
    }

    /** The timing of a problem's latest accepted drill, if the history has one. */
    public Optional<SelfReportedTiming> timing(String problemId) {
        return Optional.ofNullable(timings.get(problemId));
    }

    public List<String> warnings() {
        return warnings;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static Optional<Long> number(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value != null && value.isIntegralNumber() ? Optional.of(value.asLong()) : Optional.empty();
    }

    private static Instant time(JsonNode entry) {
        String time = text(entry, "time");
        return time == null ? null : Instant.parse(time);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** An open drill of one problem: when it started and how many submits were rejected so far. */
    private static final class DrillState {
        private final Instant started;
        private int rejected;

        DrillState(Instant started) {
            this.started = started;
        }
    }
}
