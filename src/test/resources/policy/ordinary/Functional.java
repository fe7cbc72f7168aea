import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lambdas, method references of every kind, Optional chains, flatMap, partitioningBy, reduce. */
class Functional {
    static Map<Boolean, List<Integer>> evensAndOdds(Collection<Integer> values) {
        return values.stream().collect(Collectors.partitioningBy(value -> value % 2 == 0));
    }

    static List<String> words(List<String> lines) {
        return lines.stream().flatMap(line -> Arrays.stream(line.split(" "))).map(String::trim)
                .filter(Predicate.not(String::isEmpty)).distinct().sorted().collect(Collectors.toList());
    }

    static Optional<String> firstLong(List<String> words, int length) {
        return words.stream().filter(word -> word.length() >= length).findFirst().map(String::toUpperCase);
    }

    static int sum(List<Integer> values) {
        BinaryOperator<Integer> plus = Integer::sum;
        return values.stream().reduce(0, plus);
    }

    static OptionalInt maxSquare(int[] values) {
        IntUnaryOperator square = x -> x * x;
        return Arrays.stream(values).map(square).max();
    }

    static String joined(Stream<Object> parts) {
        UnaryOperator<String> bracket = text -> "[" + text + "]";
        return bracket.apply(parts.map(String::valueOf).collect(Collectors.joining(", ")));
    }

    static List<StringBuilder> builders(List<String> seeds) {
        return seeds.stream().map(StringBuilder::new).toList();
    }

    static String[] toArray(List<String> values) {
        return values.toArray(String[]::new);
    }

    static Map<String, Integer> lengths(List<String> values) {
        return values.stream().collect(Collectors.toMap(value -> value, String::length, Math::max,
                java.util.LinkedHashMap::new));
    }

    static double average(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).summaryStatistics().getAverage();
    }
}
