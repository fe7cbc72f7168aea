package dev.drilljudge.session;

import java.time.Instant;

/**
 * The session as of {@code now}.
 *
 * @param roundJustClosed the summary of a mock round whose clock ran out while nobody was looking (closed by
 *                        this look), or null
 */
public record SessionView(SessionState state, Instant now, MockRoundSummary roundJustClosed) {
}
