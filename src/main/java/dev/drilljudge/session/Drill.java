package dev.drilljudge.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.drilljudge.scoring.AttemptCount;
import dev.drilljudge.scoring.Style;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One timed attempt at one problem.
 *
 * @param round     the mock round it belongs to, or null for a drill started with `judge start`
 * @param closedAt  null while open
 * @param outcome   null while open
 * @param handedOut for a debug drill, the fingerprint of the seeded bug handed out (never its name); null otherwise
 */
public record Drill(String id, String problem, Style style, long targetSeconds, Instant startedAt, String round,
                    List<Attempt> attempts, Instant closedAt, DrillOutcome outcome,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String handedOut) {
    public Drill {
        attempts = List.copyOf(attempts == null ? List.of() : attempts);
    }

    public static Drill open(String problem, Style style, long targetSeconds, Instant startedAt, String round) {
        return new Drill(problem + "@" + startedAt, problem, style, targetSeconds, startedAt, round, List.of(),
                null, null, null);
    }

    /** A debug drill: the candidate fixes the handed-out code; the bug is named by its fingerprint only. */
    public static Drill openDebug(String problem, long targetSeconds, Instant startedAt, String round,
                                  String handedOut) {
        return new Drill(problem + "@" + startedAt, problem, Style.META, targetSeconds, startedAt, round, List.of(),
                null, null, handedOut);
    }

    @JsonIgnore
    public boolean isDebug() {
        return handedOut != null;
    }

    @JsonIgnore
    public boolean isOpen() {
        return closedAt == null;
    }

    public long elapsedSeconds(Instant now) {
        return Math.max(0, Duration.between(startedAt, now).getSeconds());
    }

    public int rejectedAttempts() {
        return (int) attempts.stream().filter(attempt -> attempt.count() == AttemptCount.REJECTED).count();
    }

    public Drill withAttempt(Attempt attempt) {
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new Drill(id, problem, style, targetSeconds, startedAt, round, more, closedAt, outcome, handedOut);
    }

    public Drill closed(Instant at, DrillOutcome how) {
        return new Drill(id, problem, style, targetSeconds, startedAt, round, attempts, at, how, handedOut);
    }

    /** How long the drill ran: to the accepted submit, or to when it was closed otherwise. */
    public long elapsedAtClose() {
        if (outcome == DrillOutcome.ACCEPTED) {
            return decisiveAttempt().elapsedSeconds();
        }
        return elapsedSeconds(closedAt);
    }

    /** The accepted attempt, or else the last one; null before the first submit. */
    public Attempt decisiveAttempt() {
        for (Attempt attempt : attempts) {
            if (attempt.count() == AttemptCount.ACCEPTED) {
                return attempt;
            }
        }
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }
}
