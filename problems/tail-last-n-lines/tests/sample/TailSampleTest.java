import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TailSampleTest {

    @Test
    @DisplayName("sample: statement example")
    void statementExample() throws IOException {
        String log = "boot\nstarting db\n\nready\nGET /health 200\n";
        assertEquals(List.of("", "ready", "GET /health 200"), new Tail().lastLines(new StringReader(log), 3),
                "last 3 lines of the statement example");
    }

    @Test
    @DisplayName("sample: fewer lines than requested")
    void fewerLines() throws IOException {
        assertEquals(List.of("one", "two"), new Tail().lastLines(new StringReader("one\ntwo\n"), 10),
                "2 lines, count=10");
    }

    @Test
    @DisplayName("sample: last line without a newline")
    void noTrailingNewline() throws IOException {
        assertEquals(List.of("b", "c"), new Tail().lastLines(new StringReader("a\nb\nc"), 2),
                "\"a\\nb\\nc\", count=2");
    }
}
