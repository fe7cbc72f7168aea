import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BoundedBlockingQueueSampleTest {

    @Test
    @DisplayName("sample: statement example")
    void statementExample() throws InterruptedException {
        BoundedBlockingQueue<String> queue = new BoundedBlockingQueue<>(2);
        queue.put("a");
        queue.put("b");
        assertFalse(queue.offer("c", 10, TimeUnit.MILLISECONDS), "offer on a full queue of capacity 2");
        assertEquals("a", queue.take(), "first take");
        assertEquals("b", queue.poll(0, TimeUnit.SECONDS), "poll with zero timeout");
        assertNull(queue.poll(0, TimeUnit.SECONDS), "poll on an empty queue");
    }

    @Test
    @DisplayName("sample: FIFO order and size")
    void fifoAndSize() throws InterruptedException {
        BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(5);
        for (int i = 1; i <= 3; i++) {
            queue.put(i);
        }
        assertEquals(3, queue.size(), "size after 3 puts");
        assertEquals(1, queue.take(), "take 1");
        assertEquals(2, queue.take(), "take 2");
        assertEquals(1, queue.size(), "size after 2 takes");
    }

    @Test
    @DisplayName("sample: one producer, one consumer")
    void producerConsumer() throws InterruptedException {
        BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(2);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 1_000; i++) {
                    queue.put(i);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.setDaemon(true);
        producer.start();
        for (int i = 0; i < 1_000; i++) {
            assertEquals(i, queue.poll(2, TimeUnit.SECONDS), "element " + i + " in order");
        }
        producer.join(2_000);
    }
}
