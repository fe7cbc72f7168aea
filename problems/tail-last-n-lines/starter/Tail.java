import java.io.IOException;
import java.io.Reader;
import java.util.List;

public class Tail {

    /** Returns the last {@code count} lines of {@code input}, oldest first, like {@code tail -n count}. */
    public List<String> lastLines(Reader input, int count) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
