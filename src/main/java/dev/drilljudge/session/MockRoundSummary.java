package dev.drilljudge.session;

import dev.drilljudge.scoring.RoundProblem;
import dev.drilljudge.scoring.RoundScore;
import dev.drilljudge.scoring.Style;

import java.time.Instant;
import java.util.List;

/** The summary shown when a mock round ends: per problem and overall, with both debriefs. */
public record MockRoundSummary(String round, Style style, long seed, Instant startedAt, Instant endedAt,
                               long durationSeconds, long usedSeconds, boolean expired,
                               List<RoundProblem> problems, RoundScore score) {
    public MockRoundSummary {
        problems = List.copyOf(problems);
    }
}
