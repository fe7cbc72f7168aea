import java.util.function.LongSupplier;

public class TokenBucketRateLimiter {

    public TokenBucketRateLimiter(long capacity, long refillTokensPerSecond, LongSupplier nanoTime) {
    }

    public boolean tryAcquire() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean tryAcquire(int permits) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public long availablePermits() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
