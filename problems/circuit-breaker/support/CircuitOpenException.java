/** Thrown by {@code CircuitBreaker.execute} when the breaker does not allow the request. */
public class CircuitOpenException extends RuntimeException {

    public CircuitOpenException(String message) {
        super(message);
    }
}
