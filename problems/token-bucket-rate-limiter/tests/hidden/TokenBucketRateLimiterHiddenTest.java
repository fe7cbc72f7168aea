import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterHiddenTest {

    private static final long SECOND = 1_000_000_000L;

    /** A clock the test moves by hand. */
    private static final class FakeClock implements LongSupplier {
        private long nanos;

        FakeClock(long start) {
            nanos = start;
        }

        @Override
        public long getAsLong() {
            return nanos;
        }
    }

    private static void assertRejected(String word, Runnable call, String what) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, call::run, what);
        assertNotNull(thrown.getMessage(), what + ": exception needs a message");
        assertTrue(thrown.getMessage().contains(word), what + ": message should name " + word);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid capacity")
    void invalidCapacity() {
        FakeClock clock = new FakeClock(0);
        assertRejected("capacity", () -> new TokenBucketRateLimiter(0, 1, clock), "capacity 0");
        assertRejected("capacity", () -> new TokenBucketRateLimiter(-5, 1, clock), "capacity -5");
        assertRejected("capacity", () -> new TokenBucketRateLimiter(1_000_000_001L, 1, clock), "capacity 10^9+1");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid refill rate")
    void invalidRefillRate() {
        FakeClock clock = new FakeClock(0);
        assertRejected("refillTokensPerSecond", () -> new TokenBucketRateLimiter(1, 0, clock), "rate 0");
        assertRejected("refillTokensPerSecond", () -> new TokenBucketRateLimiter(1, -1, clock), "rate -1");
        assertRejected("refillTokensPerSecond", () -> new TokenBucketRateLimiter(1, 2_000_000_000L, clock),
                "rate 2*10^9");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null clock")
    void nullClock() {
        NullPointerException thrown = assertThrows(NullPointerException.class,
                () -> new TokenBucketRateLimiter(1, 1, null), "null clock");
        assertNotNull(thrown.getMessage(), "null clock: exception needs a message");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: permits zero, negative or above capacity")
    void invalidPermits() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(4, 1, new FakeClock(0));
        assertRejected("permits", () -> limiter.tryAcquire(0), "tryAcquire(0)");
        assertRejected("permits", () -> limiter.tryAcquire(-2), "tryAcquire(-2)");
        assertRejected("permits", () -> limiter.tryAcquire(5), "tryAcquire(5) with capacity 4");
        assertEquals(4, limiter.availablePermits(), "invalid calls take no tokens");
        assertTrue(limiter.tryAcquire(4), "tryAcquire(capacity) is valid");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a failed multi-permit request takes nothing")
    void failedRequestTakesNothing() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(10, 1, new FakeClock(0));
        assertTrue(limiter.tryAcquire(7), "7 of 10");
        assertFalse(limiter.tryAcquire(4), "4 with 3 left");
        assertEquals(3, limiter.availablePermits(), "still 3 after the failed request");
        assertTrue(limiter.tryAcquire(3), "the 3 remaining tokens");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the bucket starts full")
    void startsFull() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(5, 1, new FakeClock(0));
        for (int i = 1; i <= 5; i++) {
            assertTrue(limiter.tryAcquire(), "acquire " + i + " of 5 at t=0");
        }
        assertFalse(limiter.tryAcquire(), "6th acquire at t=0");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: fractional refill accumulates across frequent calls")
    void fractionalRefill() {
        FakeClock clock = new FakeClock(0);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1, 2, clock);
        assertTrue(limiter.tryAcquire(), "first token");
        for (int step = 1; step <= 4; step++) {
            clock.nanos += 100_000_000L;
            assertFalse(limiter.tryAcquire(), "after " + step * 100 + " ms at 2 tokens/s");
        }
        clock.nanos += 100_000_000L;
        assertTrue(limiter.tryAcquire(), "after 500 ms at 2 tokens/s the fractions add up to 1 token");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: fractions survive availablePermits() calls")
    void fractionsSurviveObservation() {
        FakeClock clock = new FakeClock(0);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(3, 3, clock);
        assertTrue(limiter.tryAcquire(3), "drain");
        for (int step = 0; step < 9; step++) {
            clock.nanos += 111_111_111L;
            limiter.availablePermits();
        }
        clock.nanos += 9L;
        assertEquals(3, limiter.availablePermits(), "after exactly 1 s at 3 tokens/s");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the exact nanosecond a token becomes available")
    void exactBoundary() {
        FakeClock clock = new FakeClock(0);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(2, 3, clock);
        assertTrue(limiter.tryAcquire(2), "drain");
        clock.nanos = 333_333_333L;
        assertFalse(limiter.tryAcquire(), "at 333333333 ns: 0.999999999 tokens");
        clock.nanos = 333_333_334L;
        assertTrue(limiter.tryAcquire(), "at 333333334 ns: 1.000000002 tokens");
        clock.nanos = 666_666_667L;
        assertTrue(limiter.tryAcquire(), "at 666666667 ns the fraction carried over gives 1.000000001");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: never more than capacity after idling")
    void cappedAtCapacity() {
        FakeClock clock = new FakeClock(0);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(4, 10, clock);
        assertTrue(limiter.tryAcquire(), "take one");
        clock.nanos = 60 * SECOND;
        assertEquals(4, limiter.availablePermits(), "after a minute at 10/s");
        assertTrue(limiter.tryAcquire(4), "four");
        assertFalse(limiter.tryAcquire(), "a fifth right after");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: long idle period with large rates does not overflow")
    void longIdleNoOverflow() {
        FakeClock clock = new FakeClock(0);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1_000_000_000L, 1_000_000_000L, clock);
        assertTrue(limiter.tryAcquire(600_000_000), "large acquire");
        clock.nanos = 1L << 62;
        assertEquals(1_000_000_000L, limiter.availablePermits(), "after 2^62 ns the bucket is exactly full");
        clock.nanos += 30L * 24 * 3600 * SECOND;
        assertTrue(limiter.tryAcquire(1_000_000_000), "a full bucket after another month");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the clock goes backwards")
    void clockGoesBackwards() {
        FakeClock clock = new FakeClock(10 * SECOND);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(2, 1, clock);
        assertTrue(limiter.tryAcquire(2), "drain at t=10s");
        clock.nanos = 7 * SECOND;
        assertFalse(limiter.tryAcquire(), "clock moved back to 7 s: no tokens added");
        clock.nanos = 10 * SECOND + SECOND / 2;
        assertFalse(limiter.tryAcquire(), "at 10.5 s only half a token since 10 s");
        clock.nanos = 11 * SECOND;
        assertTrue(limiter.tryAcquire(), "at 11 s one token since the latest reading 10 s");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative clock readings")
    void negativeClock() {
        FakeClock clock = new FakeClock(-5 * SECOND);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1, 1, clock);
        assertTrue(limiter.tryAcquire(), "full at t=-5s");
        clock.nanos = -4 * SECOND - 1;
        assertFalse(limiter.tryAcquire(), "1 ns short of a token at t=-4s-1ns");
        clock.nanos = -4 * SECOND;
        assertTrue(limiter.tryAcquire(), "one token at t=-4s");
        clock.nanos = 0;
        assertEquals(1, limiter.availablePermits(), "capped at 1 at t=0");
    }

    @Test
    @DisplayName("availablePermits rounds down and does not consume")
    void availableRoundsDown() {
        FakeClock clock = new FakeClock(0);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(10, 4, clock);
        assertTrue(limiter.tryAcquire(10), "drain");
        clock.nanos = 1_900_000_000L;
        assertEquals(7, limiter.availablePermits(), "7.6 tokens after 1.9 s at 4/s");
        assertEquals(7, limiter.availablePermits(), "asking twice changes nothing");
        assertTrue(limiter.tryAcquire(7), "take the 7");
        assertEquals(0, limiter.availablePermits(), "0.6 left rounds down to 0");
    }

    @Test
    @DisplayName("steady state: one request per token interval always succeeds")
    void steadyState() {
        FakeClock clock = new FakeClock(0);
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(1, 7, clock);
        long interval = SECOND / 7 + 1;
        for (int i = 0; i < 1000; i++) {
            assertTrue(limiter.tryAcquire(), "request " + i + " every " + interval + " ns at 7/s");
            clock.nanos += interval;
        }
    }

    @Test
    @DisplayName("random: 20000 operations against an exact oracle")
    void randomisedDifferential() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            long capacity = 1 + random.nextInt(50);
            long rate = 1 + random.nextInt(1000);
            long start = random.nextLong() / 4;
            FakeClock clock = new FakeClock(start);
            TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(capacity, rate, clock);
            long oracleNanoTokens = capacity * SECOND;
            long oracleLast = start;
            for (int op = 0; op < 100; op++) {
                int jump = random.nextInt(10);
                clock.nanos += jump == 0 ? -random.nextInt(1_000_000) : jump < 8 ? random.nextInt(50_000_000)
                        : random.nextInt(3) * (long) random.nextInt(Integer.MAX_VALUE);
                if (clock.nanos > oracleLast) {
                    long added = Math.min(capacity * SECOND, (clock.nanos - oracleLast) * rate);
                    oracleNanoTokens = Math.min(capacity * SECOND, oracleNanoTokens + added);
                    oracleLast = clock.nanos;
                }
                String where = "round " + round + " op " + op + " (capacity " + capacity + ", rate " + rate + ")";
                if (random.nextInt(4) == 0) {
                    assertEquals(oracleNanoTokens / SECOND, limiter.availablePermits(), "available at " + where);
                } else {
                    int permits = 1 + random.nextInt((int) Math.min(capacity, 5));
                    boolean expected = oracleNanoTokens >= permits * SECOND;
                    if (expected) {
                        oracleNanoTokens -= permits * SECOND;
                    }
                    assertEquals(expected, limiter.tryAcquire(permits), "tryAcquire(" + permits + ") at " + where);
                }
            }
        }
    }

    @Test
    @DisplayName("tryAcquire() takes exactly one permit")
    void singlePermit() {
        TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(3, 1, new FakeClock(0));
        assertTrue(limiter.tryAcquire(), "first");
        assertEquals(2, limiter.availablePermits(), "two left");
    }
}
