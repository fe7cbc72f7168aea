import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.LongSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterSampleTest {

    /** A clock the test moves by hand. */
    private static final class FakeClock implements LongSupplier {
        private long nanos;

        @Override
        public long getAsLong() {
            return nanos;
        }
    }

    @Test
    @DisplayName("sample: the statement example")
    void statementExample() {
        FakeClock clock = new FakeClock();
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(3, 2, clock);
        assertTrue(limiter.tryAcquire(3), "3 permits from a full bucket of 3");
        assertFalse(limiter.tryAcquire(), "empty bucket at t=0");
        clock.nanos = 499_999_999L;
        assertFalse(limiter.tryAcquire(), "at t=499999999ns only 0.999999998 tokens");
        clock.nanos = 500_000_000L;
        assertTrue(limiter.tryAcquire(), "at t=0.5s exactly one token");
        clock.nanos = 10_000_000_000L;
        assertEquals(3, limiter.availablePermits(), "capped at capacity 3 after 10 s");
    }

    @Test
    @DisplayName("sample: the bucket starts full")
    void startsFull() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(5, 1, new FakeClock());
        assertEquals(5, limiter.availablePermits(), "new bucket of capacity 5");
    }

    @Test
    @DisplayName("sample: zero capacity is rejected")
    void zeroCapacity() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new TokenBucketRateLimiter(0, 1, new FakeClock()), "capacity 0");
        assertTrue(thrown.getMessage().contains("capacity"), "message should name capacity");
    }
}
