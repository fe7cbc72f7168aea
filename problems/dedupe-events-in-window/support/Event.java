/** An event from an at-least-once queue: the same id may be delivered more than once. */
public record Event(String id, long timestampMillis) {
}
