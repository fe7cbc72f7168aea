import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Ring buffer over an ArrayList that grows up to count slots; wraps modulo the current size while still filling. */
public class Tail {

    public List<String> lastLines(Reader input, int count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        if (count == 0) {
            return List.of();
        }
        BufferedReader reader = new BufferedReader(input);
        List<String> ring = new ArrayList<>();
        int writeIndex = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (ring.size() < count) {
                ring.add(line);
            } else {
                ring.set(writeIndex, line);
            }
            writeIndex = (writeIndex + 1) % ring.size();
        }
        List<String> result = new ArrayList<>(ring.size());
        int oldest = ring.size() < count ? 0 : writeIndex;
        for (int i = 0; i < ring.size(); i++) {
            result.add(ring.get((oldest + i) % ring.size()));
        }
        return result;
    }
}
