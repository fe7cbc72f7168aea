import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Token bucket: java.time, an injected clock, ConcurrentHashMap and AtomicLong as habit, TimeUnit. */
class RateLimiter {
    private final long capacity;
    private final long refillPerSecond;
    private final LongSupplier nanos;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
    private final AtomicLong rejected = new AtomicLong();

    RateLimiter(long capacity, long refillPerSecond, LongSupplier nanos) {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.nanos = nanos;
    }

    RateLimiter(long capacity, long refillPerSecond) {
        this(capacity, refillPerSecond, System::nanoTime);
    }

    synchronized boolean tryAcquire(String client) {
        long now = nanos.getAsLong();
        double[] bucket = buckets.computeIfAbsent(client, unused -> new double[] {capacity, now});
        double elapsedSeconds = (now - bucket[1]) / (double) TimeUnit.SECONDS.toNanos(1);
        bucket[0] = Math.min(capacity, bucket[0] + elapsedSeconds * refillPerSecond);
        bucket[1] = now;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return true;
        }
        rejected.incrementAndGet();
        return false;
    }

    long rejected() {
        return rejected.get();
    }

    static boolean expired(Instant issued, Duration ttl, Clock clock) {
        return issued.plus(ttl).isBefore(clock.instant());
    }

    static Duration between(String from, String to) {
        return Duration.between(Instant.parse(from), Instant.parse(to));
    }
}
