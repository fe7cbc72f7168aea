package dev.drilljudge.session;

import java.util.List;
import java.util.Optional;

/** The readable part of a history file, in file order, and the lines that had to be skipped. */
public record HistoryLog(List<HistoryEvent> events, List<SkippedLine> skipped) {
    public static final HistoryLog EMPTY = new HistoryLog(List.of(), List.of());

    public HistoryLog {
        events = List.copyOf(events);
        skipped = List.copyOf(skipped);
    }

    public List<HistoryEvent.AttemptRecorded> attempts() {
        return events.stream().filter(HistoryEvent.AttemptRecorded.class::isInstance)
                .map(HistoryEvent.AttemptRecorded.class::cast).toList();
    }

    public List<HistoryEvent.DrillClosed> closedDrills() {
        return events.stream().filter(HistoryEvent.DrillClosed.class::isInstance)
                .map(HistoryEvent.DrillClosed.class::cast).toList();
    }

    /**
     * The timing of the most recent drill on this problem that ended ACCEPTED: what `judge grade` reports as
     * self-reported velocity. Empty when the history never timed an accepted solve of it.
     */
    public Optional<HistoryTiming> timingFor(String problemId) {
        HistoryTiming latest = null;
        for (HistoryEvent.DrillClosed closed : closedDrills()) {
            if (closed.problem().equals(problemId) && closed.outcome() == DrillOutcome.ACCEPTED) {
                latest = new HistoryTiming(closed.elapsedSeconds(), closed.targetSeconds(), closed.rejectedAttempts());
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Problems with at least one debug drill started, in any state. */
    public java.util.Set<String> debuggedProblems() {
        java.util.Set<String> problems = new java.util.TreeSet<>();
        for (HistoryEvent event : events) {
            if (event instanceof HistoryEvent.DrillStarted started && started.handedOut() != null) {
                problems.add(started.problem());
            }
        }
        return problems;
    }

    /**
     * The fingerprint of the seeded bug the most recent debug drill on this problem handed out, when that drill
     * is the most recent drill on the problem: what `judge grade` scores a committed debug fix against.
     */
    public Optional<String> lastDebugHandOut(String problemId) {
        String handedOut = null;
        for (HistoryEvent event : events) {
            if (event instanceof HistoryEvent.DrillStarted started && started.problem().equals(problemId)) {
                handedOut = started.handedOut();
            }
        }
        return Optional.ofNullable(handedOut);
    }

    public Optional<MockRoundSummary> lastRoundSummary() {
        MockRoundSummary last = null;
        for (HistoryEvent event : events) {
            if (event instanceof HistoryEvent.RoundClosed closed) {
                last = closed.summary();
            }
        }
        return Optional.ofNullable(last);
    }
}
