import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CounterHiddenTest {
    @Test
    void countsAcrossThreads() throws InterruptedException {
        Counter counter = new Counter();
        Thread[] threads = new Thread[4];
        for (int index = 0; index < threads.length; index++) {
            threads[index] = new Thread(() -> {
                for (int step = 0; step < 10_000; step++) {
                    counter.increment();
                }
            });
            threads[index].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(40_000, counter.value(), "4 threads x 10000 increments");
    }
}
