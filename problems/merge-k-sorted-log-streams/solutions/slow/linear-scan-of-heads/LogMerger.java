import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/** Lazy and correct, but scans all K stream heads for every line: O(K) per next(). */
public class LogMerger {

    public Iterator<LogLine> merge(List<Iterator<LogLine>> streams) {
        Objects.requireNonNull(streams, "streams must not be null");
        for (int i = 0; i < streams.size(); i++) {
            Objects.requireNonNull(streams.get(i), "stream " + i + " is null");
        }
        List<Iterator<LogLine>> sources = List.copyOf(streams);
        return new Iterator<>() {
            private final List<LogLine> heads = new ArrayList<>();
            private boolean loaded;

            private void load() {
                if (!loaded) {
                    loaded = true;
                    for (int i = 0; i < sources.size(); i++) {
                        heads.add(null);
                        refill(i, Long.MIN_VALUE);
                    }
                }
            }

            private void refill(int stream, long previous) {
                LogLine line = sources.get(stream).hasNext() ? sources.get(stream).next() : null;
                if (line != null && line.timestamp() < previous) {
                    throw new IllegalStateException("stream " + stream + " goes back in time");
                }
                heads.set(stream, line);
            }

            @Override
            public boolean hasNext() {
                load();
                for (LogLine head : heads) {
                    if (head != null) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public LogLine next() {
                load();
                int best = -1;
                for (int i = 0; i < heads.size(); i++) {
                    LogLine head = heads.get(i);
                    if (head != null && (best < 0 || head.timestamp() < heads.get(best).timestamp())) {
                        best = i;
                    }
                }
                if (best < 0) {
                    throw new NoSuchElementException("exhausted");
                }
                LogLine line = heads.get(best);
                refill(best, line.timestamp());
                return line;
            }
        };
    }
}
