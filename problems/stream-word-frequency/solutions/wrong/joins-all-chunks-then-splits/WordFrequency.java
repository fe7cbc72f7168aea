import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Joins the chunks so that no word is split, then splits on separators: correct, but O(text) memory. */
public class WordFrequency {

    public List<WordCount> topWords(Iterator<String> chunks, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
        StringBuilder text = new StringBuilder();
        chunks.forEachRemaining(text::append);
        String[] tokens = text.toString().toLowerCase().split("[^a-z0-9']+");
        Map<String, Long> counts = new HashMap<>();
        for (String token : tokens) {
            for (String word : token.split("(^'+)|('+$)|('{2,})")) {
                if (!word.isEmpty()) {
                    counts.merge(word, 1L, Long::sum);
                }
            }
        }
        List<WordCount> ranked = new ArrayList<>();
        counts.forEach((word, count) -> ranked.add(new WordCount(word, count)));
        ranked.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.word().compareTo(b.word()));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }
}
