import java.util.Iterator;
import java.util.List;

public class LogMerger {

    /**
     * Lazily merges streams that are each sorted by timestamp into one stream sorted by timestamp,
     * ties going to the stream with the lower index.
     */
    public Iterator<LogLine> merge(List<Iterator<LogLine>> streams) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
