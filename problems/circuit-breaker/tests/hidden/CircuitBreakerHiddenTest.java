import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CircuitBreakerHiddenTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static void failTimes(CircuitBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            breaker.onFailure();
        }
    }

    private static void assertIllegal(String word, Executable construction) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, construction, word);
        assertNotNull(thrown.getMessage(), word + ": exception needs a message");
        assertTrue(thrown.getMessage().contains(word), "message should name " + word + ": " + thrown.getMessage());
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid failureThreshold")
    void invalidThreshold() {
        assertIllegal("failureThreshold", () -> new CircuitBreaker(0, TEN_SECONDS, new MutableClock()));
        assertIllegal("failureThreshold", () -> new CircuitBreaker(-4, TEN_SECONDS, new MutableClock()));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid openDuration and null clock")
    void invalidDurationAndClock() {
        assertIllegal("openDuration", () -> new CircuitBreaker(1, Duration.ZERO, new MutableClock()));
        assertIllegal("openDuration", () -> new CircuitBreaker(1, Duration.ofMillis(-1), new MutableClock()));
        assertNotNull(assertThrows(NullPointerException.class,
                () -> new CircuitBreaker(1, null, new MutableClock()), "null openDuration").getMessage(),
                "null openDuration: message");
        assertNotNull(assertThrows(NullPointerException.class,
                () -> new CircuitBreaker(1, TEN_SECONDS, null), "null clock").getMessage(), "null clock: message");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: threshold 1 opens on the first failure")
    void thresholdOne() {
        CircuitBreaker breaker = new CircuitBreaker(1, TEN_SECONDS, new MutableClock());
        breaker.onFailure();
        assertEquals(CircuitState.OPEN, breaker.state(), "one failure with threshold 1");
        assertFalse(breaker.allowRequest(), "OPEN rejects");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: failures must be consecutive")
    void consecutiveNotTotal() {
        CircuitBreaker breaker = new CircuitBreaker(3, TEN_SECONDS, new MutableClock());
        for (int round = 0; round < 5; round++) {
            failTimes(breaker, 2);
            breaker.onSuccess();
        }
        assertEquals(CircuitState.CLOSED, breaker.state(), "10 failures, never 3 in a row");
        failTimes(breaker, 3);
        assertEquals(CircuitState.OPEN, breaker.state(), "3 in a row");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the exact instant the open duration ends")
    void exactBoundary() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(1, TEN_SECONDS, clock);
        breaker.onFailure();
        clock.advance(TEN_SECONDS.minusNanos(1));
        assertEquals(CircuitState.OPEN, breaker.state(), "1 ns before the end");
        assertFalse(breaker.allowRequest(), "1 ns before the end");
        clock.advance(Duration.ofNanos(1));
        assertEquals(CircuitState.HALF_OPEN, breaker.state(), "exactly openDuration later");
        assertTrue(breaker.allowRequest(), "trial exactly openDuration later");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: only one trial request in HALF_OPEN")
    void singleTrial() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(2, TEN_SECONDS, clock);
        failTimes(breaker, 2);
        clock.advance(Duration.ofMinutes(5));
        assertTrue(breaker.allowRequest(), "first request in HALF_OPEN");
        for (int i = 0; i < 3; i++) {
            assertFalse(breaker.allowRequest(), "extra request " + (i + 1) + " while the trial is in flight");
        }
        clock.advance(Duration.ofMinutes(5));
        assertFalse(breaker.allowRequest(), "still one trial after more time passes");
        assertEquals(CircuitState.HALF_OPEN, breaker.state(), "still HALF_OPEN");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a failed trial re-opens for a full duration from the failure")
    void failedTrialReopens() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(1, TEN_SECONDS, clock);
        breaker.onFailure();
        clock.advance(Duration.ofSeconds(15));
        assertTrue(breaker.allowRequest(), "trial at 15 s");
        breaker.onFailure();
        assertEquals(CircuitState.OPEN, breaker.state(), "failed trial");
        clock.advance(TEN_SECONDS.minusMillis(1));
        assertFalse(breaker.allowRequest(), "at 24.999 s, re-opened at 15 s");
        clock.advance(Duration.ofMillis(1));
        assertTrue(breaker.allowRequest(), "new trial at 25 s");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: outcomes reported while OPEN are ignored")
    void outcomesIgnoredWhileOpen() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(2, TEN_SECONDS, clock);
        failTimes(breaker, 2);
        breaker.onSuccess();
        assertEquals(CircuitState.OPEN, breaker.state(), "a late success does not close");
        clock.advance(Duration.ofSeconds(5));
        breaker.onFailure();
        clock.advance(Duration.ofSeconds(5));
        assertEquals(CircuitState.HALF_OPEN, breaker.state(), "a late failure at 5 s does not extend the open period");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: execute rejects without calling the operation")
    void executeRejects() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(1, TEN_SECONDS, clock);
        breaker.onFailure();
        int[] calls = {0};
        CircuitOpenException open = assertThrows(CircuitOpenException.class, () -> breaker.execute(() -> ++calls[0]),
                "execute while OPEN");
        assertTrue(String.valueOf(open.getMessage()).contains("OPEN"), "message names the state: " + open.getMessage());
        clock.advance(TEN_SECONDS);
        assertTrue(breaker.allowRequest(), "trial");
        CircuitOpenException halfOpen = assertThrows(CircuitOpenException.class,
                () -> breaker.execute(() -> ++calls[0]), "execute while the trial is in flight");
        assertTrue(String.valueOf(halfOpen.getMessage()).contains("HALF_OPEN"),
                "message names HALF_OPEN: " + halfOpen.getMessage());
        assertEquals(0, calls[0], "operation never called");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: execute rethrows the same exception and records it")
    void executeRethrows() {
        CircuitBreaker breaker = new CircuitBreaker(2, TEN_SECONDS, new MutableClock());
        IOException first = new IOException("first");
        IOException second = new IOException("second");
        assertSame(first, assertThrows(IOException.class, () -> breaker.execute(() -> {
            throw first;
        }), "first failure"), "the same exception object");
        assertSame(second, assertThrows(IOException.class, () -> breaker.execute(() -> {
            throw second;
        }), "second failure"), "the same exception object");
        assertEquals(CircuitState.OPEN, breaker.state(), "two recorded failures with threshold 2");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: execute returns null and counts it as a success")
    void executeNullResult() throws Exception {
        CircuitBreaker breaker = new CircuitBreaker(2, TEN_SECONDS, new MutableClock());
        breaker.onFailure();
        assertNull(breaker.execute(() -> null), "null result");
        breaker.onFailure();
        assertEquals(CircuitState.CLOSED, breaker.state(), "the null result reset the failure count");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: execute(null)")
    void executeNull() {
        CircuitBreaker breaker = new CircuitBreaker(2, TEN_SECONDS, new MutableClock());
        NullPointerException thrown = assertThrows(NullPointerException.class, () -> breaker.execute(null),
                "execute(null)");
        assertNotNull(thrown.getMessage(), "execute(null): message");
    }

    @Test
    @DisplayName("execute: a successful trial closes the breaker")
    void executeTrialSucceeds() throws Exception {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(1, TEN_SECONDS, clock);
        breaker.onFailure();
        clock.advance(TEN_SECONDS);
        assertEquals("pong", breaker.execute(() -> "pong"), "trial result");
        assertEquals(CircuitState.CLOSED, breaker.state(), "after a successful trial");
        assertTrue(breaker.allowRequest(), "CLOSED allows");
    }

    @Test
    @DisplayName("execute: an Error is not recorded")
    void executeError() {
        CircuitBreaker breaker = new CircuitBreaker(1, TEN_SECONDS, new MutableClock());
        assertThrows(AssertionError.class, () -> breaker.execute(() -> {
            throw new AssertionError("bug");
        }), "Error propagates");
        assertEquals(CircuitState.CLOSED, breaker.state(), "an Error is not a recorded failure");
    }

    @Test
    @DisplayName("outcomes apply the time rule first")
    void outcomeAfterDuration() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(1, TEN_SECONDS, clock);
        breaker.onFailure();
        clock.advance(Duration.ofSeconds(11));
        breaker.onSuccess();
        assertEquals(CircuitState.CLOSED, breaker.state(), "success reported after the open duration closes");
    }

    @Test
    @DisplayName("after closing, a full threshold of failures is needed again")
    void freshCountAfterClose() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(3, TEN_SECONDS, clock);
        failTimes(breaker, 3);
        clock.advance(TEN_SECONDS);
        assertTrue(breaker.allowRequest(), "trial");
        breaker.onSuccess();
        failTimes(breaker, 2);
        assertEquals(CircuitState.CLOSED, breaker.state(), "2 failures after closing, threshold 3");
        breaker.onFailure();
        assertEquals(CircuitState.OPEN, breaker.state(), "3rd failure");
    }

    @Test
    @DisplayName("a clock that goes backwards keeps the breaker OPEN")
    void clockBackwards() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(1, TEN_SECONDS, clock);
        breaker.onFailure();
        clock.advance(Duration.ofSeconds(-30));
        assertEquals(CircuitState.OPEN, breaker.state(), "clock moved back 30 s");
    }

    // ---- oracle for the randomised test ----

    private static final class OracleBreaker {
        private final int threshold;
        private final long openNanos;
        private CircuitState state = CircuitState.CLOSED;
        private int failures;
        private long openedAt;
        private boolean trial;

        OracleBreaker(int threshold, long openNanos) {
            this.threshold = threshold;
            this.openNanos = openNanos;
        }

        void tick(long now) {
            if (state == CircuitState.OPEN && now - openedAt >= openNanos) {
                state = CircuitState.HALF_OPEN;
                trial = false;
            }
        }

        boolean allow(long now) {
            tick(now);
            if (state == CircuitState.CLOSED) {
                return true;
            }
            if (state == CircuitState.HALF_OPEN && !trial) {
                trial = true;
                return true;
            }
            return false;
        }

        void success(long now) {
            tick(now);
            if (state != CircuitState.OPEN) {
                state = CircuitState.CLOSED;
                failures = 0;
            }
        }

        void failure(long now) {
            tick(now);
            if (state == CircuitState.HALF_OPEN || state == CircuitState.CLOSED && ++failures >= threshold) {
                state = CircuitState.OPEN;
                openedAt = now;
            }
        }
    }

    @Test
    @DisplayName("random: 20000 operations against an oracle")
    void randomisedDifferential() {
        Random random = new Random(42);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int round = 0; round < 100; round++) {
            int threshold = 1 + random.nextInt(4);
            long openNanos = 1 + random.nextInt(1000);
            MutableClock clock = new MutableClock();
            CircuitBreaker breaker = new CircuitBreaker(threshold, Duration.ofNanos(openNanos), clock);
            OracleBreaker oracle = new OracleBreaker(threshold, openNanos);
            for (int op = 0; op < 200; op++) {
                clock.advance(Duration.ofNanos(random.nextInt(5) == 0 ? random.nextInt(400) : 0));
                long now = Duration.between(start, clock.instant()).toNanos();
                String where = "round " + round + " op " + op + " (threshold " + threshold + ", open " + openNanos
                        + " ns)";
                switch (random.nextInt(4)) {
                    case 0 -> assertEquals(oracle.allow(now), breaker.allowRequest(), "allowRequest at " + where);
                    case 1 -> {
                        oracle.success(now);
                        breaker.onSuccess();
                    }
                    case 2 -> {
                        oracle.failure(now);
                        breaker.onFailure();
                    }
                    default -> {
                        oracle.tick(now);
                        assertEquals(oracle.state, breaker.state(), "state at " + where);
                    }
                }
            }
        }
    }
}
