import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code tail -n}: keeps a sliding window of at most {@code count} lines, so memory is O(count) however
 * long the stream is. The window grows on demand, so a huge {@code count} costs nothing up front.
 */
public class Tail {

    public List<String> lastLines(Reader input, int count) throws IOException {
        Objects.requireNonNull(input, "input must not be null");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        if (count == 0) {
            return List.of();
        }
        // Not closed on purpose: the caller owns the underlying reader.
        BufferedReader lines = new BufferedReader(input);
        List<String> window = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (window.size() == count) {
                window.remove(0);
            }
            window.add(line);
        }
        return List.copyOf(window);
    }
}
