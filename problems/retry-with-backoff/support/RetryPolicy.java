import java.util.List;

/**
 * How to retry: at most {@code maxAttempts} calls in total, exponential backoff starting at
 * {@code baseDelayMillis} and capped at {@code maxDelayMillis}, retrying only exceptions that are instances of a
 * class in {@code retryOn}. Not validated here: {@link Retrier} validates it.
 */
public record RetryPolicy(int maxAttempts, long baseDelayMillis, long maxDelayMillis,
        List<Class<? extends Exception>> retryOn) {
}
