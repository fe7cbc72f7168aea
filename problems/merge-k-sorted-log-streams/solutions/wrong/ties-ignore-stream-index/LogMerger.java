import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * K-way merge of timestamp-sorted log streams. A min-heap holds the current head line of every stream
 * that still has lines, so each {@code next()} is O(log K) and memory is O(K).
 */
public class LogMerger {

    public Iterator<LogLine> merge(List<Iterator<LogLine>> streams) {
        Objects.requireNonNull(streams, "streams must not be null");
        for (int streamIndex = 0; streamIndex < streams.size(); streamIndex++) {
            Objects.requireNonNull(streams.get(streamIndex), "stream " + streamIndex + " is null");
        }
        return new MergingIterator(List.copyOf(streams));
    }

    /** Reads lazily: a stream is first read on the first hasNext()/next() call. */
    private static final class MergingIterator implements Iterator<LogLine> {

        /** The next unread line of one stream, remembered with the stream it came from. */
        private record StreamHead(LogLine line, int streamIndex) {
        }

        /** Timestamp first; equal timestamps go to the lower stream index, which makes the merge stable. */
        private static final Comparator<StreamHead> MERGE_ORDER = Comparator
                .comparingLong((StreamHead head) -> head.line().timestamp());

        private final List<Iterator<LogLine>> streams;
        private final PriorityQueue<StreamHead> heads = new PriorityQueue<>(MERGE_ORDER);
        private boolean headsLoaded;

        private MergingIterator(List<Iterator<LogLine>> streams) {
            this.streams = streams;
        }

        @Override
        public boolean hasNext() {
            loadHeadsOnce();
            return !heads.isEmpty();
        }

        @Override
        public LogLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException("all log streams are exhausted");
            }
            StreamHead earliest = heads.poll();
            readHead(earliest.streamIndex(), earliest.line().timestamp());
            return earliest.line();
        }

        private void loadHeadsOnce() {
            if (headsLoaded) {
                return;
            }
            headsLoaded = true;
            for (int streamIndex = 0; streamIndex < streams.size(); streamIndex++) {
                readHead(streamIndex, Long.MIN_VALUE);
            }
        }

        /** Pushes the stream's next line, if any, after checking it does not go back in time. */
        private void readHead(int streamIndex, long previousTimestamp) {
            Iterator<LogLine> stream = streams.get(streamIndex);
            if (!stream.hasNext()) {
                return;
            }
            LogLine line = stream.next();
            if (line.timestamp() < previousTimestamp) {
                throw new IllegalStateException("stream " + streamIndex + " goes back in time: "
                        + line.timestamp() + " after " + previousTimestamp);
            }
            heads.offer(new StreamHead(line, streamIndex));
        }
    }
}
