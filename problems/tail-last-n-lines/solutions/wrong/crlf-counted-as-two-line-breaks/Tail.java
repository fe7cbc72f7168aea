import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Reads characters itself; treats '\r' and '\n' each as a terminator, so "\r\n" ends two lines. */
public class Tail {

    public List<String> lastLines(Reader input, int count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        if (count == 0) {
            return List.of();
        }
        Deque<String> window = new ArrayDeque<>();
        StringBuilder line = new StringBuilder();
        boolean lineOpen = false;
        for (int c = input.read(); c != -1; c = input.read()) {
            if (c == '\n' || c == '\r') {
                push(window, line.toString(), count);
                line.setLength(0);
                lineOpen = false;
            } else {
                line.append((char) c);
                lineOpen = true;
            }
        }
        if (lineOpen) {
            push(window, line.toString(), count);
        }
        return List.copyOf(window);
    }

    private static void push(Deque<String> window, String line, int count) {
        if (window.size() == count) {
            window.removeFirst();
        }
        window.addLast(line);
    }
}
