import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Reads a text file and reports its most frequent words. */
final class WordFrequency {
    private final int reportSize;

    WordFrequency(int reportSize) {
        if (reportSize <= 0) {
            throw new IllegalArgumentException("reportSize must be positive, was " + reportSize);
        }
        this.reportSize = reportSize;
    }

    /** The most frequent words of the file, most frequent first, as "word: count" lines. */
    List<String> report(Path file) {
        Objects.requireNonNull(file, "file");
        Map<String, Integer> countByWord = countWords(readText(file));
        return countByWord.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(reportSize)
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .toList();
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Map<String, Integer> countWords(String text) {
        Map<String, Integer> countByWord = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!word.isEmpty()) {
                countByWord.merge(word, 1, Integer::sum);
            }
        }
        return countByWord;
    }
}
