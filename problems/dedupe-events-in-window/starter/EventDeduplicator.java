public class EventDeduplicator {

    public EventDeduplicator(long windowMillis) {
    }

    public Decision accept(Event event) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public int trackedIds() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
