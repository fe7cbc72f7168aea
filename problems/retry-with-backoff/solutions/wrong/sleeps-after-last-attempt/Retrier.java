import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;

/** Retries an operation with capped exponential backoff and full jitter, keeping every failure it saw. */
public class Retrier {

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random) {
        this.policy = validated(policy);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
        this.random = Objects.requireNonNull(random, "random must not be null");
    }

    public <T> T call(Callable<T> operation) throws Exception {
        Objects.requireNonNull(operation, "operation must not be null");
        List<Exception> earlierFailures = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.call();
            } catch (Exception failure) { // Callable throws Exception: anything not retryable is rethrown as is
                rethrowIfNotRetryable(failure, earlierFailures);
                waitBeforeAttempt(attempt, earlierFailures);
                if (attempt == policy.maxAttempts()) {
                    throw exhausted(failure, earlierFailures);
                }
                earlierFailures.add(failure);
            }
        }
    }

    private RetryExhaustedException exhausted(Exception lastFailure, List<Exception> earlierFailures) {
        String message = "gave up after " + policy.maxAttempts() + " attempts";
        return withSuppressed(new RetryExhaustedException(message, lastFailure), earlierFailures);
    }

    private void rethrowIfNotRetryable(Exception failure, List<Exception> earlierFailures) throws Exception {
        boolean retryable = policy.retryOn().stream().anyMatch(type -> type.isInstance(failure));
        if (!retryable) {
            throw withSuppressed(failure, earlierFailures);
        }
    }

    private void waitBeforeAttempt(int failedAttempt, List<Exception> earlierFailures)
            throws InterruptedException {
        long delayMillis = (long) (backoffCeilingMillis(failedAttempt) * random.getAsDouble());
        try {
            sleeper.sleep(delayMillis);
        } catch (InterruptedException interruption) {
            throw withSuppressed(interruption, earlierFailures);
        }
    }

    /** min(maxDelay, baseDelay * 2^(failedAttempt - 1)), doubling step by step so it can never overflow. */
    private long backoffCeilingMillis(int failedAttempt) {
        long ceiling = policy.baseDelayMillis();
        for (int doubling = 1; doubling < failedAttempt && ceiling < policy.maxDelayMillis(); doubling++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, policy.maxDelayMillis());
    }

    private static <E extends Exception> E withSuppressed(E primary, List<Exception> earlierFailures) {
        earlierFailures.forEach(primary::addSuppressed);
        return primary;
    }

    private static RetryPolicy validated(RetryPolicy policy) {
        Objects.requireNonNull(policy, "policy must not be null");
        if (policy.maxAttempts() < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + policy.maxAttempts());
        }
        if (policy.baseDelayMillis() < 0) {
            throw new IllegalArgumentException(
                    "baseDelayMillis must not be negative but was " + policy.baseDelayMillis());
        }
        if (policy.maxDelayMillis() < policy.baseDelayMillis()) {
            throw new IllegalArgumentException("maxDelayMillis " + policy.maxDelayMillis()
                    + " must not be below baseDelayMillis " + policy.baseDelayMillis());
        }
        Objects.requireNonNull(policy.retryOn(), "retryOn must not be null");
        if (policy.retryOn().stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("retryOn must not contain null");
        }
        return policy;
    }
}
