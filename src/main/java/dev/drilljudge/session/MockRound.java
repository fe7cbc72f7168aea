package dev.drilljudge.session;

import dev.drilljudge.scoring.Style;

import java.time.Instant;
import java.util.List;

/**
 * A mock interview round: one clock for all its problems.
 *
 * @param seed     the seed that picked the problems, so a round can be replayed with --seed
 * @param problems in the order they are meant to be solved
 */
public record MockRound(String id, Style style, Instant startedAt, long durationSeconds, long seed,
                        List<String> problems) {
    public MockRound {
        problems = List.copyOf(problems);
    }

    public Instant endsAt() {
        return startedAt.plusSeconds(durationSeconds);
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt());
    }

    /** A Meta round is written in a plain document: there a compile error is a rejected attempt. */
    public boolean compileErrorCounts() {
        return style == Style.META;
    }
}
