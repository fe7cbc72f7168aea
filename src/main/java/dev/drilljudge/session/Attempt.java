package dev.drilljudge.session;

import dev.drilljudge.scoring.AttemptCount;
import dev.drilljudge.scoring.Scorecard;
import dev.drilljudge.verdict.Verdict;

import java.time.Instant;

/** One hidden-test submit against a drill. */
public record Attempt(Instant at, Verdict verdict, AttemptCount count, long elapsedSeconds, Scorecard scores) {
}
