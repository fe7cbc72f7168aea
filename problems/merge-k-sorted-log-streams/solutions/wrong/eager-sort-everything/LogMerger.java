import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Collects every line, then stable-sorts by timestamp: simple, but reads everything up front. */
public class LogMerger {

    public Iterator<LogLine> merge(List<Iterator<LogLine>> streams) {
        if (streams == null) {
            throw new NullPointerException("streams must not be null");
        }
        List<LogLine> all = new ArrayList<>();
        for (int streamIndex = 0; streamIndex < streams.size(); streamIndex++) {
            Iterator<LogLine> stream = streams.get(streamIndex);
            long previous = Long.MIN_VALUE;
            while (stream.hasNext()) {
                LogLine line = stream.next();
                if (line.timestamp() < previous) {
                    throw new IllegalStateException("stream " + streamIndex + " goes back in time");
                }
                previous = line.timestamp();
                all.add(line);
            }
        }
        all.sort(Comparator.comparingLong(LogLine::timestamp));
        return all.iterator();
    }
}
