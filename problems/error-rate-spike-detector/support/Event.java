/** One request outcome: when it happened (seconds) and whether it failed. */
public record Event(long timestamp, boolean error) {
}
