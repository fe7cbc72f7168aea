/** One log line: its timestamp (milliseconds since the epoch, may be negative) and its text. */
public record LogLine(long timestamp, String message) {
}
