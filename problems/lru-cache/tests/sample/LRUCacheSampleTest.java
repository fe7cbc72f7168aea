import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LRUCacheSampleTest {

    /** Runs a script such as "put 1 1; get 1 -> 1" and checks every get. */
    private static void run(int capacity, String script) {
        LRUCache cache = new LRUCache(capacity);
        List<String> history = new ArrayList<>();
        for (String step : script.split(";")) {
            String[] words = step.trim().split("\\s+");
            int key = Integer.parseInt(words[1]);
            if (words[0].equals("put")) {
                cache.put(key, Integer.parseInt(words[2]));
                history.add("put(" + key + ", " + words[2] + ")");
            } else {
                int expected = Integer.parseInt(words[3]);
                assertEquals(expected, cache.get(key),
                        "LRUCache(" + capacity + ") after " + history + ": get(" + key + ")");
                history.add("get(" + key + ")");
            }
        }
    }

    @Test
    @DisplayName("example from the statement")
    void example() {
        run(2, "put 1 1; put 2 2; get 1 -> 1; put 3 3; get 2 -> -1; put 4 4; get 1 -> -1; get 3 -> 3; get 4 -> 4");
    }

    @Test
    @DisplayName("missing key returns -1")
    void missingKey() {
        run(2, "get 7 -> -1; put 7 70; get 7 -> 70; get 8 -> -1");
    }

    @Test
    @DisplayName("least recently inserted is evicted without gets")
    void evictsOldest() {
        run(3, "put 1 10; put 2 20; put 3 30; put 4 40; get 1 -> -1; get 2 -> 20; get 3 -> 30; get 4 -> 40");
    }
}
