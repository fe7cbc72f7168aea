package dev.drilljudge.session;

import dev.drilljudge.scoring.AttemptCount;
import dev.drilljudge.scoring.Scorecard;

/**
 * What recording one submit produced.
 *
 * @param drill        the drill it counted against, as it is after this attempt; null when not timed
 * @param count        how it counted; null for a sample run, which is never recorded
 * @param roundSummary the mock round this submit finished (its last problem accepted, or its clock ran out
 *                     before the submit); null otherwise
 */
public record RecordedAttempt(Scorecard scorecard, Drill drill, AttemptCount count, MockRoundSummary roundSummary) {
}
