import java.util.Iterator;
import java.util.List;

public class WordFrequency {

    /**
     * Counts the words in the text formed by the chunks, in order, and returns the {@code limit} most
     * frequent ones: highest count first, ties by word ascending.
     */
    public List<WordCount> topWords(Iterator<String> chunks, int limit) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
