import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Token bucket that stores tokens scaled by 10^9 ("nano-tokens"), so one nanosecond at a rate of r tokens per
 * second adds exactly r nano-tokens and fractional refills are never rounded away.
 */
public class TokenBucketRateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long MAX_CAPACITY = 1_000_000_000L;
    private static final long MAX_REFILL_RATE = 1_000_000_000L;

    private final long capacity;
    private final long capacityNanoTokens;
    private final long refillTokensPerSecond;
    private final LongSupplier nanoTime;
    private long storedNanoTokens;
    private long lastRefillNanos;

    public TokenBucketRateLimiter(long capacity, long refillTokensPerSecond, LongSupplier nanoTime) {
        requireInRange("capacity", capacity, MAX_CAPACITY);
        requireInRange("refillTokensPerSecond", refillTokensPerSecond, MAX_REFILL_RATE);
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime clock must not be null");
        this.capacity = capacity;
        this.capacityNanoTokens = capacity * NANOS_PER_SECOND;
        this.refillTokensPerSecond = refillTokensPerSecond;
        this.storedNanoTokens = capacityNanoTokens;
        this.lastRefillNanos = nanoTime.getAsLong();
    }

    public synchronized boolean tryAcquire() {
        return tryAcquire(1);
    }

    public synchronized boolean tryAcquire(int permits) {
        if (permits < 1 || permits > capacity) {
            throw new IllegalArgumentException(
                    "permits must be between 1 and capacity " + capacity + " but was " + permits);
        }
        refill();
        long requestedNanoTokens = permits * NANOS_PER_SECOND;
        if (storedNanoTokens < requestedNanoTokens) {
            return false;
        }
        storedNanoTokens -= requestedNanoTokens;
        return true;
    }

    public synchronized long availablePermits() {
        refill();
        return storedNanoTokens / NANOS_PER_SECOND;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        long elapsedNanos = now - lastRefillNanos;
        if (elapsedNanos <= 0) {
            return; // the clock stood still or went backwards: keep the latest reference time
        }
        lastRefillNanos = now;
        long missingNanoTokens = capacityNanoTokens - storedNanoTokens;
        // Compare by division so that elapsedNanos * rate is only computed when it cannot overflow.
        long nanosToFill = Math.floorDiv(missingNanoTokens + refillTokensPerSecond - 1, refillTokensPerSecond);
        if (elapsedNanos >= nanosToFill) {
            storedNanoTokens = capacityNanoTokens;
        } else {
            storedNanoTokens += elapsedNanos * refillTokensPerSecond;
        }
    }

    private static void requireInRange(String name, long value, long maximum) {
        if (value < 1 || value > maximum) {
            throw new IllegalArgumentException(
                    name + " must be between 1 and " + maximum + " but was " + value);
        }
    }
}
