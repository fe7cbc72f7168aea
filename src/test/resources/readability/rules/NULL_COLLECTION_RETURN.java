import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

class NullCollectionReturn {
    List<Integer> evens(int[] values) {
        if (values == null) {
            return null; // expect: NULL_COLLECTION_RETURN "`evens` returns null for a `List<Integer>`"
        }
        List<Integer> evens = new ArrayList<>();
        for (int value : values) {
            if (value % 2 == 0) {
                evens.add(value);
            }
        }
        return evens;
    }

    int[] firstPair(int[] values) {
        return values.length < 2 ? null : new int[] {values[0], values[1]}; // expect: NULL_COLLECTION_RETURN
    }

    String nameOrNull(Map<String, String> names, String key) {
        return null;
    }

    Optional<String> find(List<String> words) {
        return null; // expect: NULL_COLLECTION_RETURN
    }

    List<String> lookups() {
        Function<String, String> lookup = key -> {
            return null;
        };
        return List.of(lookup.apply("a"));
    }
}
