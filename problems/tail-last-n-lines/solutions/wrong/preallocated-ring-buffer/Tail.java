import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Correct ring buffer, but it allocates all count slots up front, whatever the input size. */
public class Tail {

    public List<String> lastLines(Reader input, int count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        if (count == 0) {
            return List.of();
        }
        BufferedReader reader = new BufferedReader(input);
        String[] ring = new String[count];
        long seen = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            ring[(int) (seen % count)] = line;
            seen++;
        }
        int kept = (int) Math.min(seen, count);
        int oldest = (int) (seen % count);
        if (seen < count) {
            oldest = 0;
        }
        List<String> result = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            result.add(ring[(oldest + i) % count]);
        }
        return result;
    }
}
