import java.time.Instant;

/** One well-formed log line. {@code lineNumber} is 1-based. */
public record LogRecord(int lineNumber, Instant timestamp, Level level, String component, String message) {
}
