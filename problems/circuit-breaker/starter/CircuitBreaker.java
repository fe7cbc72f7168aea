import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

public class CircuitBreaker {

    public CircuitBreaker(int failureThreshold, Duration openDuration, Clock clock) {
    }

    public CircuitState state() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public boolean allowRequest() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void onSuccess() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void onFailure() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public <T> T execute(Callable<T> operation) throws Exception {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
