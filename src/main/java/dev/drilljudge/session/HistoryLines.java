package dev.drilljudge.session;

import tools.jackson.core.JacksonException;

/**
 * The one place history lines and domain events meet: {@link HistoryWriter} writes {@link #format}, and
 * {@link HistoryReader} reads {@link #parse}. A line of an older schema is upgraded here.
 */
final class HistoryLines {
    private HistoryLines() {
    }

    static String format(HistoryEvent event) {
        return SessionJson.MAPPER.writeValueAsString(toLine(event));
    }

    /**
     * @throws JacksonException         when the line is not JSON of a known event
     * @throws IllegalArgumentException when it is, but misses what the event needs (a write cut short)
     */
    static HistoryEvent parse(String line) {
        return toEvent(SessionJson.MAPPER.readValue(line, HistoryLine.class));
    }

    static HistoryLine toLine(HistoryEvent event) {
        int schema = HistoryLine.CURRENT_SCHEMA;
        if (event instanceof HistoryEvent.DrillStarted started) {
            return new HistoryLine.DrillStarted(schema, started.time(), started.judgeVersion(), started.drill(),
                    started.problem(), started.style(), started.targetSeconds(), started.round(), started.handedOut());
        }
        if (event instanceof HistoryEvent.AttemptRecorded attempt) {
            return new HistoryLine.Attempt(schema, attempt.time(), attempt.judgeVersion(), attempt.problem(),
                    attempt.drill(), attempt.round(), attempt.verdict(), attempt.count(), attempt.passed(),
                    attempt.total(), attempt.elapsedSeconds(), attempt.targetSeconds(), attempt.scores(),
                    attempt.readability(), attempt.cause());
        }
        if (event instanceof HistoryEvent.DrillClosed closed) {
            return new HistoryLine.DrillClosed(schema, closed.time(), closed.judgeVersion(), closed.drill(),
                    closed.problem(), closed.outcome(), closed.elapsedSeconds(), closed.targetSeconds(),
                    closed.attempts(), closed.rejectedAttempts(), closed.round(), closed.seededBug());
        }
        if (event instanceof HistoryEvent.RoundStarted started) {
            return new HistoryLine.RoundStarted(schema, started.time(), started.judgeVersion(), started.round(),
                    started.style(), started.seed(), started.durationSeconds(), started.problems());
        }
        HistoryEvent.RoundClosed closed = (HistoryEvent.RoundClosed) event;
        return new HistoryLine.RoundClosed(schema, closed.time(), closed.judgeVersion(), closed.round(),
                closed.summary());
    }

    static HistoryEvent toEvent(HistoryLine line) {
        int schema = line.schemaVersion() == null ? 1 : line.schemaVersion();
        if (schema > HistoryLine.CURRENT_SCHEMA) {
            throw new IllegalArgumentException("written by a newer judge (schema " + schema + ")");
        }
        if (line instanceof HistoryLine.DrillStarted started) {
            return new HistoryEvent.DrillStarted(started.time(), started.judgeVersion(), started.drill(),
                    started.problem(), started.style(), started.targetSeconds(), started.round(), started.handedOut());
        }
        if (line instanceof HistoryLine.Attempt attempt) {
            return new HistoryEvent.AttemptRecorded(attempt.time(), attempt.judgeVersion(), attempt.problem(),
                    attempt.drill(), attempt.round(), attempt.verdict(), attempt.count(), attempt.passed(),
                    attempt.total(), attempt.elapsedSeconds(), attempt.targetSeconds(), attempt.scores(),
                    attempt.readability(), attempt.cause());
        }
        if (line instanceof HistoryLine.DrillClosed closed) {
            return new HistoryEvent.DrillClosed(closed.time(), closed.judgeVersion(), closed.drill(),
                    closed.problem(), closed.outcome(), closed.elapsedSeconds(), closed.targetSeconds(),
                    closed.attempts(), closed.rejectedAttempts(), closed.round(), closed.seededBug());
        }
        if (line instanceof HistoryLine.RoundStarted started) {
            return new HistoryEvent.RoundStarted(started.time(), started.judgeVersion(), started.round(),
                    started.style(), started.seed(), started.durationSeconds(), started.problems());
        }
        HistoryLine.RoundClosed closed = (HistoryLine.RoundClosed) line;
        return new HistoryEvent.RoundClosed(closed.time(), closed.judgeVersion(), closed.round(), closed.summary());
    }
}
