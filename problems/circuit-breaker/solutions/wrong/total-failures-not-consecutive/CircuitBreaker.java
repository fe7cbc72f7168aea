import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Consecutive-failure circuit breaker. OPEN turns into HALF_OPEN lazily, whenever a public method observes that
 * the open duration has passed, so no timer thread is needed.
 */
public class CircuitBreaker {

    private final int failureThreshold;
    private final Duration openDuration;
    private final Clock clock;

    private CircuitState state = CircuitState.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openDuration, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1 but was " + failureThreshold);
        }
        Objects.requireNonNull(openDuration, "openDuration must not be null");
        if (openDuration.isZero() || openDuration.isNegative()) {
            throw new IllegalArgumentException("openDuration must be positive but was " + openDuration);
        }
        this.failureThreshold = failureThreshold;
        this.openDuration = openDuration;
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    public synchronized CircuitState state() {
        applyTimeRule();
        return state;
    }

    public synchronized boolean allowRequest() {
        applyTimeRule();
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> startTrialIfNoneInFlight();
        };
    }

    public synchronized void onSuccess() {
        applyTimeRule();
        if (state == CircuitState.HALF_OPEN) {
            close();
        }
    }

    public synchronized void onFailure() {
        applyTimeRule();
        if (state == CircuitState.HALF_OPEN) {
            open();
        } else if (state == CircuitState.CLOSED) {
            consecutiveFailures++;
            if (consecutiveFailures >= failureThreshold) {
                open();
            }
        }
    }

    public <T> T execute(Callable<T> operation) throws Exception {
        Objects.requireNonNull(operation, "operation must not be null");
        if (!allowRequest()) {
            throw new CircuitOpenException("circuit is " + state() + ": request rejected, operation not called");
        }
        T result;
        try {
            result = operation.call();
        } catch (Exception failure) { // every failure counts against the dependency, then goes to the caller
            onFailure();
            throw failure;
        }
        onSuccess();
        return result;
    }

    private boolean startTrialIfNoneInFlight() {
        if (trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    private void applyTimeRule() {
        if (state != CircuitState.OPEN) {
            return;
        }
        Instant reopenAt = openedAt.plus(openDuration);
        if (!clock.instant().isBefore(reopenAt)) {
            state = CircuitState.HALF_OPEN;
            trialInFlight = false;
        }
    }

    private void open() {
        state = CircuitState.OPEN;
        openedAt = clock.instant();
        trialInFlight = false;
    }

    private void close() {
        state = CircuitState.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }
}
