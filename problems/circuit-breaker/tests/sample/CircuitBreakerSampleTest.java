import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CircuitBreakerSampleTest {

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

    @Test
    @DisplayName("sample: the statement example")
    void statementExample() {
        MutableClock clock = new MutableClock();
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock);
        breaker.onFailure();
        breaker.onFailure();
        assertEquals(CircuitState.CLOSED, breaker.state(), "2 failures with threshold 3");
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        breaker.onFailure();
        assertEquals(CircuitState.OPEN, breaker.state(), "3 consecutive failures");
        assertFalse(breaker.allowRequest(), "OPEN rejects");
        clock.advance(Duration.ofSeconds(10));
        assertEquals(CircuitState.HALF_OPEN, breaker.state(), "after 10 s");
        assertTrue(breaker.allowRequest(), "the trial request");
        assertFalse(breaker.allowRequest(), "a second request while the trial is in flight");
        breaker.onFailure();
        assertEquals(CircuitState.OPEN, breaker.state(), "failed trial");
        clock.advance(Duration.ofSeconds(10));
        assertTrue(breaker.allowRequest(), "trial after another 10 s");
        breaker.onSuccess();
        assertEquals(CircuitState.CLOSED, breaker.state(), "successful trial");
    }

    @Test
    @DisplayName("sample: a new breaker is CLOSED and allows requests")
    void startsClosed() {
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofMillis(500), new MutableClock());
        assertEquals(CircuitState.CLOSED, breaker.state(), "initial state");
        assertTrue(breaker.allowRequest(), "CLOSED allows");
    }

    @Test
    @DisplayName("sample: threshold 0 is rejected")
    void zeroThreshold() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new CircuitBreaker(0, Duration.ofSeconds(1), new MutableClock()), "threshold 0");
        assertTrue(thrown.getMessage().contains("failureThreshold"), "message should name failureThreshold");
    }
}
