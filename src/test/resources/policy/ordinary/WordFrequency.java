import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Top k words by frequency, ties alphabetical: streams, groupingBy, Comparator chains. */
class WordFrequency {
    List<String> topK(String text, int k) {
        Map<String, Long> counts = List.of(text.toLowerCase().split("\\W+")).stream()
                .filter(word -> !word.isBlank())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(Map.Entry::getKey)
                .toList();
    }

    Map<Integer, List<String>> byLength(List<String> words) {
        return words.stream().collect(Collectors.groupingBy(String::length, java.util.TreeMap::new,
                Collectors.mapping(String::toUpperCase, Collectors.toList())));
    }

    String longest(List<String> words) {
        return words.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .orElse("");
    }
}
