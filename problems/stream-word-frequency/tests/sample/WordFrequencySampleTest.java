import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WordFrequencySampleTest {

    @Test
    @DisplayName("sample: statement example")
    void statementExample() {
        List<String> chunks = List.of("The cat's hat. The ca", "t sat; THE", " end's 'end'");
        List<WordCount> expected = List.of(new WordCount("the", 3), new WordCount("cat", 1),
                new WordCount("cat's", 1));
        assertEquals(expected, new WordFrequency().topWords(chunks.iterator(), 3), "statement example, limit=3");
    }

    @Test
    @DisplayName("sample: single chunk, busiest first")
    void singleChunk() {
        List<String> chunks = List.of("error: disk full\nerror: disk full\nwarn: disk slow\n");
        List<WordCount> expected = List.of(new WordCount("disk", 3), new WordCount("error", 2),
                new WordCount("full", 2), new WordCount("slow", 1), new WordCount("warn", 1));
        assertEquals(expected, new WordFrequency().topWords(chunks.iterator(), 10), "three log lines, limit=10");
    }

    @Test
    @DisplayName("sample: word split across chunks")
    void splitWord() {
        List<String> chunks = List.of("time", "out time", "out");
        assertEquals(List.of(new WordCount("timeout", 2)), new WordFrequency().topWords(chunks.iterator(), 5),
                "chunks [time][out time][out] hold 'timeout' twice");
    }
}
