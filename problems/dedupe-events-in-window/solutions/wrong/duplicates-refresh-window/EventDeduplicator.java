import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Event-time de-duplication with bounded memory: ids live in a map, and a min-heap ordered by accepted time
 * tells us which ids to forget as the watermark advances, without scanning the whole map.
 */
public class EventDeduplicator {

    private static final long MAX_WINDOW_MILLIS = 1_000_000_000_000L;

    /** A heap entry; stale once its id has been accepted again with a later timestamp. */
    private record AcceptedAt(String id, long timestampMillis) {
    }

    private final long windowMillis;
    private final Map<String, Long> lastAcceptedById = new HashMap<>();
    private final PriorityQueue<AcceptedAt> oldestFirst =
            new PriorityQueue<>(Comparator.comparingLong(AcceptedAt::timestampMillis));
    private long watermark;

    public EventDeduplicator(long windowMillis) {
        if (windowMillis < 1 || windowMillis > MAX_WINDOW_MILLIS) {
            throw new IllegalArgumentException(
                    "windowMillis must be between 1 and " + MAX_WINDOW_MILLIS + " but was " + windowMillis);
        }
        this.windowMillis = windowMillis;
    }

    public Decision accept(Event event) {
        validate(event);
        long timestamp = event.timestampMillis();
        if (timestamp < watermark - windowMillis) {
            return Decision.LATE;
        }
        watermark = Math.max(watermark, timestamp);
        forgetExpiredIds();
        Long lastAccepted = lastAcceptedById.get(event.id());
        if (lastAccepted != null && Math.abs(timestamp - lastAccepted) < windowMillis) {
            if (timestamp > lastAccepted) {
                lastAcceptedById.put(event.id(), timestamp);
                oldestFirst.add(new AcceptedAt(event.id(), timestamp));
            }
            return Decision.DUPLICATE;
        }
        if (lastAccepted == null || timestamp > lastAccepted) {
            lastAcceptedById.put(event.id(), timestamp);
            oldestFirst.add(new AcceptedAt(event.id(), timestamp));
        }
        return Decision.ACCEPTED;
    }

    public int trackedIds() {
        return lastAcceptedById.size();
    }

    private static void validate(Event event) {
        Objects.requireNonNull(event, "event must not be null");
        if (event.id() == null || event.id().isEmpty()) {
            throw new IllegalArgumentException("event id must not be null or empty: " + event);
        }
        if (event.timestampMillis() < 0) {
            throw new IllegalArgumentException("event timestamp must not be negative: " + event);
        }
    }

    /** An id last accepted at or before watermark - 2W can never match a non-late event again. */
    private void forgetExpiredIds() {
        long forgetUpTo = watermark - 2 * windowMillis;
        while (!oldestFirst.isEmpty() && oldestFirst.peek().timestampMillis() <= forgetUpTo) {
            AcceptedAt expired = oldestFirst.poll();
            // Skip stale heap entries: the id may have been accepted again later.
            lastAcceptedById.remove(expired.id(), expired.timestampMillis());
        }
    }
}
