package dev.drilljudge.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand: drills are timed without sleeping. */
public final class TestClock extends Clock {
    private Instant now;

    public TestClock(String isoInstant) {
        this.now = Instant.parse(isoInstant);
    }

    public TestClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** Moves to {@code minutes:seconds} after {@code start}. */
    public TestClock at(Instant start, int minutes, int seconds) {
        now = start.plusSeconds(60L * minutes + seconds);
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
