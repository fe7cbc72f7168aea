package dev.drilljudge.session;

import dev.drilljudge.scoring.AttemptCount;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.scoring.Style;
import dev.drilljudge.verdict.Verdict;

import java.time.Instant;
import java.util.List;

/**
 * One event of a practice history: what the session records and reads. Every event carries its time and the version
 * of the judge that wrote it. Stored as one line of history.jsonl through {@link HistoryLine} (the format is
 * documented in docs/scoring.md).
 */
public sealed interface HistoryEvent {
    Instant time();

    String judgeVersion();

    /**
     * `judge start` or `judge mock` opened a drill.
     *
     * @param round     null outside a mock round
     * @param handedOut a debug drill's seeded-bug fingerprint (never its name); absent on other drills
     */
    record DrillStarted(Instant time, String judgeVersion, String drill, String problem, Style style,
                        long targetSeconds, String round,
                        String handedOut) implements HistoryEvent {
        public DrillStarted {
            requireTime(time);
        }

        public DrillStarted(Instant time, String judgeVersion, String drill, String problem, Style style,
                            long targetSeconds, String round) {
            this(time, judgeVersion, drill, problem, style, targetSeconds, round, null);
        }
    }

    /**
     * One hidden-test submit.
     *
     * @param drill          null when no drill was open (an untimed submit)
     * @param elapsedSeconds null when not timed
     * @param readability    null when the analysis did not run
     * @param cause          the root cause stated with `judge submit --cause` on a debug drill; absent otherwise
     */
    record AttemptRecorded(Instant time, String judgeVersion, String problem, String drill, String round,
                           Verdict verdict, AttemptCount count, int passed, int total, Long elapsedSeconds,
                           long targetSeconds, Scorecard scores, ReadabilitySnapshot readability,
                           String cause)
            implements HistoryEvent {
        public AttemptRecorded {
            requireTime(time);
            if (problem == null || verdict == null || scores == null) {
                throw new IllegalArgumentException("an attempt needs its problem, verdict and scores");
            }
        }

        public AttemptRecorded(Instant time, String judgeVersion, String problem, String drill, String round,
                               Verdict verdict, AttemptCount count, int passed, int total, Long elapsedSeconds,
                               long targetSeconds, Scorecard scores, ReadabilitySnapshot readability) {
            this(time, judgeVersion, problem, drill, round, verdict, count, passed, total, elapsedSeconds,
                    targetSeconds, scores, readability, null);
        }

        public AttemptRecorded withCause(String statedCause) {
            return new AttemptRecorded(time, judgeVersion, problem, drill, round, verdict, count, passed, total,
                    elapsedSeconds, targetSeconds, scores, readability, statedCause);
        }
    }

    /**
     * A drill ended: accepted, expired with its round, or abandoned by `judge start --force`.
     *
     * @param seededBug a debug drill's seeded bug, named now that the drill is over; absent on other drills
     */
    record DrillClosed(Instant time, String judgeVersion, String drill, String problem, DrillOutcome outcome,
                       long elapsedSeconds, long targetSeconds, int attempts, int rejectedAttempts, String round,
                       String seededBug)
            implements HistoryEvent {
        public DrillClosed {
            requireTime(time);
        }

        public DrillClosed(Instant time, String judgeVersion, String drill, String problem, DrillOutcome outcome,
                           long elapsedSeconds, long targetSeconds, int attempts, int rejectedAttempts, String round) {
            this(time, judgeVersion, drill, problem, outcome, elapsedSeconds, targetSeconds, attempts,
                    rejectedAttempts, round, null);
        }
    }

    record RoundStarted(Instant time, String judgeVersion, String round, Style style, long seed,
                        long durationSeconds, List<String> problems) implements HistoryEvent {
        public RoundStarted {
            requireTime(time);
            problems = List.copyOf(problems);
        }
    }

    /** A mock round ended; the summary is what `judge mock --last` shows again. */
    record RoundClosed(Instant time, String judgeVersion, String round, MockRoundSummary summary)
            implements HistoryEvent {
        public RoundClosed {
            requireTime(time);
            if (summary == null) {
                throw new IllegalArgumentException("a closed round needs its summary");
            }
        }
    }

    private static void requireTime(Instant time) {
        if (time == null) {
            throw new IllegalArgumentException("a history line needs its time");
        }
    }
}
