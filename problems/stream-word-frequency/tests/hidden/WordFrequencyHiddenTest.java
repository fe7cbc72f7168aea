import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class WordFrequencyHiddenTest {

    private static List<WordCount> top(int limit, String... chunks) {
        return new WordFrequency().topWords(List.of(chunks).iterator(), limit);
    }

    private static WordCount wc(String word, long count) {
        return new WordCount(word, count);
    }

    // ---- oracle: works on the whole text, deciding each apostrophe by looking at both neighbours ----

    private static boolean oracleWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static Map<String, Long> oracleCounts(String text) {
        Map<String, Long> counts = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean joiningApostrophe = c == '\'' && i > 0 && i + 1 < text.length()
                    && oracleWordChar(text.charAt(i - 1)) && oracleWordChar(text.charAt(i + 1));
            if (oracleWordChar(c) || joiningApostrophe) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                counts.merge(word.toString(), 1L, Long::sum);
                word.setLength(0);
            }
        }
        return counts;
    }

    private static List<WordCount> oracleRank(Map<String, Long> counts, int limit) {
        List<WordCount> all = new ArrayList<>();
        counts.forEach((word, count) -> all.add(wc(word, count)));
        all.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.word().compareTo(b.word()));
        return new ArrayList<>(all.subList(0, Math.min(limit, all.size())));
    }

    private static List<String> randomCuts(Random random, String text, int maxChunk) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + random.nextInt(maxChunk + 1));
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }

    /** Streams {@code copies} copies of {@code text} in chunks that ignore the copy boundaries. */
    private static final class RepeatedText implements Iterator<String> {
        private final String text;
        private final long total;
        private final int chunkSize;
        private long position;

        RepeatedText(String text, int copies, int chunkSize) {
            this.text = text;
            this.total = (long) text.length() * copies;
            this.chunkSize = chunkSize;
        }

        @Override
        public boolean hasNext() {
            return position < total;
        }

        @Override
        public String next() {
            int start = (int) (position % text.length());
            int length = (int) Math.min(chunkSize, total - position);
            position += length;
            if (start + length <= text.length()) {
                return text.substring(start, start + length);
            }
            return text.substring(start) + text.substring(0, length - (text.length() - start));
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: no chunks, empty chunks, and no words")
    void nothingToCount() {
        assertEquals(List.of(), new WordFrequency().topWords(List.<String>of().iterator(), 5), "no chunks");
        assertEquals(List.of(), top(5, "", "", ""), "three empty chunks");
        assertEquals(List.of(), top(5, " ,.;", "--- ''' \n\t", "!?"), "only separators");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty chunks between parts of a word")
    void emptyChunksInsideWord() {
        assertEquals(List.of(wc("latency", 1)), top(5, "lat", "", "", "ency"), "'lat' + '' + '' + 'ency'");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a word split over one-character chunks")
    void oneCharacterChunks() {
        String text = "retry retry, RETRY";
        String[] chunks = text.split("");
        assertEquals(List.of(wc("retry", 3)), top(5, chunks), "one character per chunk");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: apostrophe at a chunk boundary")
    void apostropheAtBoundary() {
        assertEquals(List.of(wc("don't", 2)), top(5, "don", "'", "t don'", "t"), "[don]['][t don'][t]");
        assertEquals(List.of(wc("dogs", 1), wc("run", 1)), top(5, "dogs'", " run"), "[dogs'][ run]");
        assertEquals(List.of(wc("a", 1), wc("b", 1)), top(5, "a'", "'b"), "[a'] ['b]: doubled apostrophe");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: apostrophes that are separators")
    void separatorApostrophes() {
        assertEquals(List.of(wc("a", 1), wc("b", 1), wc("dogs", 1), wc("quoted", 1), wc("x", 1)),
                top(10, "'quoted' dogs' a''b ' x '"), "leading, trailing, doubled and lone apostrophes");
        assertEquals(List.of(wc("rock'n'roll", 1)), top(5, "rock'n'roll"), "rock'n'roll is one word");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: case folding")
    void caseFolding() {
        assertEquals(List.of(wc("the", 4), wc("don't", 2)), top(5, "The THE the tHe DON'T Don't"), "mixed case");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: digits are word characters")
    void digits() {
        assertEquals(List.of(wc("404", 2), wc("http2", 1), wc("v1", 1)), top(5, "404 HTTP2 v1.404"),
                "404 twice, http2 once, v1 once");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: non-ASCII characters are separators")
    void nonAscii() {
        assertEquals(List.of(wc("caf", 2), wc("na", 1), wc("ve", 1), wc("z", 1)),
                top(10, "café Café naïve ", "Ωz"), "non-ASCII letters split words");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: last word of the stream has no separator after it")
    void lastWord() {
        assertEquals(List.of(wc("end", 2), wc("the", 1)), top(5, "end the ", "end"), "final 'end' must count");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: hyphens, underscores and newlines separate words")
    void otherSeparators() {
        assertEquals(List.of(wc("known", 2), wc("well", 2)), top(5, "well-known\nwell_known"), "4 words");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: ties ordered by word, including at the cut-off")
    void ties() {
        assertEquals(List.of(wc("zeta", 3), wc("alpha", 1), wc("beta", 1)),
                top(3, "gamma beta zeta delta zeta alpha zeta"), "four words tied at 1, limit=3");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: limit 0 and limit above the number of words")
    void limits() {
        assertEquals(List.of(), top(0, "a b c"), "limit=0");
        assertEquals(List.of(wc("b", 2), wc("a", 1)), top(99, "b a b"), "limit=99 with 2 distinct words");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: negative limit is rejected")
    void negativeLimit() {
        assertThrows(IllegalArgumentException.class, () -> top(-1, "a"), "limit=-1 must throw");
    }

    @Test
    @DisplayName("random: texts cut at random points against a whole-text oracle")
    void randomCutsAgainstOracle() {
        Random random = new Random(42);
        String alphabet = "aAbB1' '.-é\n";
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int limit = random.nextInt(6);
            List<String> chunks = randomCuts(random, text.toString(), 1 + random.nextInt(8));
            assertEquals(oracleRank(oracleCounts(text.toString()), limit),
                    new WordFrequency().topWords(chunks.iterator(), limit),
                    "text \"" + text.toString().replace("\n", "\\n") + "\" in " + chunks.size() + " chunks, limit=" + limit);
        }
    }

    @Test
    @DisplayName("random: prose-like text in random chunks against a whole-text oracle")
    void randomProse() {
        Random random = new Random(43);
        String[] vocabulary = {"the", "The", "error", "ERROR", "can't", "it's", "'quote'", "v2", "x",
            "time-out", "déjà", "users'", "a''b"};
        String[] separators = {" ", "  ", ", ", ".\n", "; ", "\t", "'"};
        for (int round = 0; round < 30; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)])
                        .append(separators[random.nextInt(separators.length)]);
            }
            List<String> chunks = randomCuts(random, text.toString(), 40);
            assertEquals(oracleRank(oracleCounts(text.toString()), 8),
                    new WordFrequency().topWords(chunks.iterator(), 8), "prose round " + round + ", limit=8");
        }
    }

    /*
     * Sizes (see problem.yaml): the long stream is 3.5 MB of text, ~470k words, a few tens of ms for a state
     * machine. Joining the chunks, copying and lower-casing the text needs ~12 MB before the split even starts,
     * more than the 20 MB heap leaves free; appending the 251-character chunks to a String copies ~25 GB. The
     * 34k distinct words cost a sort a few ms, while selecting the maximum 34k times makes ~580 million
     * comparisons (~4 s).
     */

    @Test
    @Tag("perf")
    @DisplayName("perf: a 3.5 MB stream in 251-character chunks with a 20 MB heap")
    void perfLongStream() {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        while (text.length() < 100_000) {
            int id = random.nextInt(500);
            text.append("Word").append(id).append(id % 3 == 0 ? "'s" : "").append(random.nextInt(4) == 0 ? ", " : " ");
        }
        int copies = 35;
        Map<String, Long> counts = oracleCounts(text.toString());
        counts.replaceAll((word, count) -> count * copies);
        List<WordCount> actual = new WordFrequency().topWords(new RepeatedText(text.toString(), copies, 251), 10);
        assertEquals(oracleRank(counts, 10), actual, "35 copies of a 100k-character text, limit=10");
    }

    /** "w" and j in base 36, zero-padded to 4 digits: the words sort in the order of j. */
    private static String perfWord(int j) {
        String digits = Integer.toString(j, 36);
        return "w" + "0000".substring(digits.length()) + digits;
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 34k distinct words, all of them requested")
    void perfManyDistinctWords() {
        int distinct = 34_000;
        StringBuilder text = new StringBuilder();
        int[] repeatsOfWord = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            int j = (int) ((long) i * 7919 % distinct);
            int repeats = 1 + i % 3;
            repeatsOfWord[j] = repeats;
            String word = perfWord(j);
            for (int r = 0; r < repeats; r++) {
                text.append(word).append(' ');
            }
        }
        List<WordCount> actual = new WordFrequency().topWords(List.of(text.toString()).iterator(), distinct);
        String input = "34k distinct words, limit=34000";
        assertEquals(distinct, actual.size(), "number of words returned for " + input);
        int position = 0;
        for (int repeats = 3; repeats >= 1; repeats--) {
            for (int j = 0; j < distinct; j++) {
                if (repeatsOfWord[j] == repeats) {
                    WordCount expected = wc(perfWord(j), repeats);
                    if (!expected.equals(actual.get(position))) {
                        assertEquals(expected, actual.get(position), "position " + position + " for " + input);
                    }
                    position++;
                }
            }
        }
    }
}
