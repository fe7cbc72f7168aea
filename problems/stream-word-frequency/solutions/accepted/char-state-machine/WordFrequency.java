import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts words in a chunked text stream. Chunks are scanned character by character by a small state
 * machine that carries an unfinished word (and a trailing apostrophe) over to the next chunk, so a word
 * split across chunks is counted once and memory stays O(distinct words + longest word).
 */
public class WordFrequency {

    /** Highest count first; equal counts by word ascending. */
    private static final Comparator<WordCount> RANKING =
            Comparator.comparingLong(WordCount::count).reversed().thenComparing(WordCount::word);

    public List<WordCount> topWords(Iterator<String> chunks, int limit) {
        Objects.requireNonNull(chunks, "chunks must not be null");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        WordScanner scanner = new WordScanner();
        while (chunks.hasNext()) {
            scanner.scan(chunks.next());
        }
        scanner.finish();
        return mostFrequent(scanner.countsByWord(), limit);
    }

    private static List<WordCount> mostFrequent(Map<String, Long> countsByWord, int limit) {
        List<WordCount> ranked = new ArrayList<>(countsByWord.size());
        countsByWord.forEach((word, count) -> ranked.add(new WordCount(word, count)));
        ranked.sort(RANKING);
        return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
    }

    /**
     * Word = maximal run of ASCII letters and digits, lower-cased, where an apostrophe joins two such runs
     * only when it has a word character immediately on both sides.
     */
    private static final class WordScanner {
        private static final char APOSTROPHE = '\'';

        private final Map<String, Long> countsByWord = new HashMap<>();
        private final StringBuilder currentWord = new StringBuilder();
        /** An apostrophe right after a word character; it joins only if a word character follows. */
        private boolean apostrophePending;

        void scan(String chunk) {
            Objects.requireNonNull(chunk, "a chunk must not be null");
            for (int position = 0; position < chunk.length(); position++) {
                accept(chunk.charAt(position));
            }
        }

        void finish() {
            endWord();
        }

        Map<String, Long> countsByWord() {
            return countsByWord;
        }

        private void accept(char character) {
            if (isWordCharacter(character)) {
                if (apostrophePending) {
                    currentWord.append(APOSTROPHE);
                    apostrophePending = false;
                }
                currentWord.append(Character.toLowerCase(character));
            } else if (character == APOSTROPHE && currentWord.length() > 0 && !apostrophePending) {
                apostrophePending = true;
            } else {
                endWord();
            }
        }

        private void endWord() {
            if (currentWord.length() > 0) {
                countsByWord.merge(currentWord.toString(), 1L, Long::sum);
                currentWord.setLength(0);
            }
            apostrophePending = false;
        }

        private static boolean isWordCharacter(char character) {
            return (character >= 'a' && character <= 'z')
                    || (character >= 'A' && character <= 'Z')
                    || (character >= '0' && character <= '9');
        }
    }
}
