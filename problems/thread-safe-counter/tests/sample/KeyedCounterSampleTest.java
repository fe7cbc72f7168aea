import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeyedCounterSampleTest {

    @Test
    @DisplayName("sample: statement example")
    void statementExample() {
        KeyedCounter counter = new KeyedCounter();
        counter.increment("/login");
        counter.increment("/login");
        counter.increment("/health");
        assertEquals(2, counter.get("/login"), "get(/login) after 2 increments");
        assertEquals(0, counter.get("/missing"), "get of a key never incremented");
        assertEquals(Map.of("/login", 2L, "/health", 1L), counter.snapshot(), "snapshot after 3 increments");
    }

    @Test
    @DisplayName("sample: snapshot does not change afterwards")
    void snapshotIsCopy() {
        KeyedCounter counter = new KeyedCounter();
        counter.increment("a");
        Map<String, Long> before = counter.snapshot();
        counter.increment("a");
        counter.increment("b");
        assertEquals(Map.of("a", 1L), before, "snapshot taken after one increment of a");
    }

    @Test
    @DisplayName("sample: 4 threads x 10,000 increments of one key")
    void fourThreads() throws InterruptedException {
        KeyedCounter counter = new KeyedCounter();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    counter.increment("hits");
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join(3_000);
        }
        assertEquals(40_000, counter.get("hits"), "4 threads x 10,000 increments");
    }
}
