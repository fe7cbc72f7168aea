import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BoundedBlockingQueueHiddenTest {

    /** Shorter than the test time limit, so a deadlocked solution fails with a message instead of hanging. */
    private static final long DEADLINE_MS = 3_000;

    /** How long a test waits for a background thread to park in a blocking call. */
    private static final long PARK_DEADLINE_MS = 2_000;

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }

    /**
     * Starts the tasks together (barrier), waits for all of them until the deadline, and turns an exception
     * or a thread still waiting at the deadline into a failure. Threads are daemons, so a deadlocked run
     * cannot keep the JVM alive.
     */
    private static void runAll(List<Task> tasks) {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    task.run();
                } catch (Throwable thrown) {
                    failure.compareAndSet(null, thrown);
                }
            }, "task-" + t);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        // Join in short slices so that an exception in one thread fails the test at once.
        while (failure.get() == null && System.currentTimeMillis() < deadline) {
            // A thread may end between two looks at it: take one snapshot of a live thread, if any.
            java.util.Optional<Thread> alive = threads.stream().filter(Thread::isAlive).findFirst();
            if (alive.isEmpty()) {
                break;
            }
            try {
                alive.get().join(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for the test threads");
            }
        }
        long stuck = threads.stream().filter(Thread::isAlive).count();
        Throwable firstFailure = failure.get();
        threads.forEach(Thread::interrupt);
        if (firstFailure != null) {
            fail("a producer/consumer thread threw " + firstFailure, firstFailure);
        }
        if (stuck > 0) {
            fail(stuck + " of " + threads.size() + " threads still blocked after " + DEADLINE_MS
                    + " ms: lost wake-up or deadlock");
        }
    }

    /** Starts a daemon thread running the task; returns it so the test can watch whether it is blocked. */
    private static Thread startBackground(Task task, AtomicReference<Throwable> failure) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (Throwable thrown) {
                failure.compareAndSet(null, thrown);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Waits until the thread is parked (WAITING or TIMED_WAITING: inside a wait, await or park) or has ended,
     * instead of sleeping a fixed time: a correct blocking call parks within a millisecond or two. A thread
     * still running at the deadline (a busy-waiting solution) is left to the caller's checks.
     */
    private static void awaitParkedOrDone(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PARK_DEADLINE_MS);
        while (System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                    || state == Thread.State.TERMINATED) {
                return;
            }
            Thread.sleep(1);
        }
    }

    /**
     * Producers put unique ints, consumers take them; checks nothing is lost or duplicated and that no
     * producer ever sees size() above capacity right after its put.
     */
    private static void producersAndConsumers(int capacity, int producers, int consumers, int perProducer,
            boolean timedCalls) {
        BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(capacity);
        int total = producers * perProducer;
        if (total % consumers != 0) {
            throw new IllegalArgumentException("test setup: total must split evenly over consumers");
        }
        int perConsumer = total / consumers;
        boolean[] seen = new boolean[total];
        AtomicInteger maxSize = new AtomicInteger();
        ConcurrentLinkedQueue<Integer> duplicates = new ConcurrentLinkedQueue<>();
        List<Task> tasks = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int first = p * perProducer;
            tasks.add(() -> {
                for (int i = first; i < first + perProducer; i++) {
                    if (timedCalls) {
                        while (!queue.offer(i, 1, TimeUnit.MILLISECONDS)) {
                            Thread.onSpinWait();
                        }
                    } else {
                        queue.put(i);
                    }
                    maxSize.accumulateAndGet(queue.size(), Math::max);
                }
            });
        }
        for (int c = 0; c < consumers; c++) {
            tasks.add(() -> {
                for (int i = 0; i < perConsumer; i++) {
                    Integer element = timedCalls ? queue.poll(1, TimeUnit.MILLISECONDS) : queue.take();
                    if (element == null) {
                        i--;
                        continue;
                    }
                    synchronized (seen) {
                        if (seen[element]) {
                            duplicates.add(element);
                        }
                        seen[element] = true;
                    }
                }
            });
        }
        runAll(tasks);
        assertTrue(duplicates.isEmpty(), "elements delivered twice: " + duplicates.stream().limit(5).toList());
        for (int i = 0; i < total; i++) {
            if (!seen[i]) {
                fail("element " + i + " was put but never taken");
            }
        }
        assertTrue(maxSize.get() <= capacity, "size() reached " + maxSize.get() + " with capacity " + capacity);
        assertEquals(0, queue.size(), "queue must be empty after all elements were taken");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: capacity 0 or negative is rejected")
    void invalidCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedBlockingQueue<Integer>(0), "capacity 0");
        assertThrows(IllegalArgumentException.class, () -> new BoundedBlockingQueue<Integer>(-3), "capacity -3");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: capacity 1")
    void capacityOne() throws InterruptedException {
        BoundedBlockingQueue<String> queue = new BoundedBlockingQueue<>(1);
        assertTrue(queue.offer("x", 0, TimeUnit.SECONDS), "offer into an empty queue of capacity 1");
        assertFalse(queue.offer("y", 0, TimeUnit.SECONDS), "second offer into a full queue of capacity 1");
        assertEquals(1, queue.size(), "size of a full queue of capacity 1");
        assertEquals("x", queue.take(), "take");
        assertTrue(queue.offer("y", 0, TimeUnit.SECONDS), "offer after the take");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null elements are rejected")
    void nullElements() {
        BoundedBlockingQueue<String> queue = new BoundedBlockingQueue<>(3);
        assertThrows(NullPointerException.class, () -> queue.put(null), "put(null)");
        assertThrows(NullPointerException.class, () -> queue.offer(null, 1, TimeUnit.SECONDS), "offer(null)");
        assertEquals(0, queue.size(), "nothing was added");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: zero and negative timeouts do not wait")
    void zeroTimeouts() throws InterruptedException {
        BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(1);
        long started = System.nanoTime();
        assertNull(queue.poll(0, TimeUnit.SECONDS), "poll(0) on empty");
        assertNull(queue.poll(-5, TimeUnit.SECONDS), "poll(-5) on empty");
        queue.put(1);
        assertFalse(queue.offer(2, 0, TimeUnit.SECONDS), "offer(0) on full");
        assertFalse(queue.offer(2, -5, TimeUnit.SECONDS), "offer(-5) on full");
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(elapsedMs < 1_000, "zero/negative timeouts must not wait, took " + elapsedMs + " ms");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: offer on a full queue times out after the timeout")
    void offerTimesOut() throws InterruptedException {
        BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(2);
        queue.put(1);
        queue.put(2);
        long started = System.nanoTime();
        assertFalse(queue.offer(3, 30, TimeUnit.MILLISECONDS), "offer into a full queue");
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(elapsedMs >= 25 && elapsedMs < 2_000, "offer(30 ms) returned after " + elapsedMs + " ms");
        assertEquals(2, queue.size(), "the full queue is unchanged");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: poll waits for a producer within the timeout, in the given unit")
    void pollWaitsInUnit() throws InterruptedException {
        BoundedBlockingQueue<String> queue = new BoundedBlockingQueue<>(2);
        AtomicReference<String> polled = new AtomicReference<>("not returned");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread consumer = startBackground(() -> polled.set(queue.poll(3, TimeUnit.SECONDS)), failure);
        awaitParkedOrDone(consumer);
        // The producer arrives well after a misread unit (3 ms) would have run out, well before 3 s.
        Thread.sleep(30);
        assertTrue(consumer.isAlive(), "poll(3 s) on an empty queue returned " + polled.get() + " within 30 ms");
        queue.put("late");
        consumer.join(2_000);
        assertFalse(consumer.isAlive(), "poll(3 s) was still waiting 2 s after a put");
        assertNull(failure.get(), "poll failed: " + failure.get());
        assertEquals("late", polled.get(), "poll(3 s) with a put after 30 ms");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: poll times out after the timeout")
    void pollTimesOut() throws InterruptedException {
        BoundedBlockingQueue<String> queue = new BoundedBlockingQueue<>(2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> result = new AtomicReference<>("not returned");
        long started = System.nanoTime();
        Thread consumer = startBackground(() -> result.set(queue.poll(30_000, TimeUnit.MICROSECONDS)), failure);
        consumer.join(2_000);
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertFalse(consumer.isAlive(), "poll(30,000 us) on an empty queue was still waiting after 2 s");
        assertNull(failure.get(), "poll failed: " + failure.get());
        assertNull(result.get(), "poll(30,000 us) on an empty queue");
        assertTrue(elapsedMs >= 25, "poll(30 ms) returned after " + elapsedMs + " ms");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: put on a full queue waits until a take")
    void putBlocksWhileFull() throws InterruptedException {
        BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(2);
        queue.put(1);
        queue.put(2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = startBackground(() -> queue.put(3), failure);
        awaitParkedOrDone(producer);
        assertTrue(producer.isAlive(), "put into a full queue of capacity 2 returned without a take");
        assertEquals(2, queue.size(), "size while the producer waits");
        assertEquals(1, queue.take(), "take the head");
        producer.join(2_000);
        assertFalse(producer.isAlive(), "the waiting put must finish after a take");
        assertEquals(2, queue.take(), "second element");
        assertEquals(3, queue.take(), "the element of the waiting put");
        assertNull(failure.get(), "producer failed: " + failure.get());
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: take on an empty queue waits until a put")
    void takeBlocksWhileEmpty() throws InterruptedException {
        BoundedBlockingQueue<String> queue = new BoundedBlockingQueue<>(2);
        AtomicReference<String> taken = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread consumer = startBackground(() -> taken.set(queue.take()), failure);
        awaitParkedOrDone(consumer);
        assertTrue(consumer.isAlive(), "take on an empty queue returned without a put");
        queue.put("job");
        consumer.join(2_000);
        assertFalse(consumer.isAlive(), "the waiting take must finish after a put");
        assertEquals("job", taken.get(), "element received by the waiting take");
        assertNull(failure.get(), "consumer failed: " + failure.get());
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a waiting thread that is interrupted gets InterruptedException")
    void interruptWhileWaiting() throws InterruptedException {
        BoundedBlockingQueue<String> queue = new BoundedBlockingQueue<>(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread consumer = startBackground(queue::take, failure);
        awaitParkedOrDone(consumer);
        assertTrue(consumer.isAlive(), "take on an empty queue returned without a put");
        consumer.interrupt();
        consumer.join(2_000);
        assertFalse(consumer.isAlive(), "an interrupted take must stop waiting");
        assertTrue(failure.get() instanceof InterruptedException,
                "an interrupted take must throw InterruptedException, got " + failure.get());
    }

    @Test
    @DisplayName("FIFO order over many wrap-arounds")
    void fifoOrder() throws InterruptedException {
        BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(3);
        int next = 0;
        for (int round = 0; round < 1_000; round++) {
            queue.put(round);
            if (round % 3 == 2) {
                for (int k = 0; k < 3; k++) {
                    assertEquals(next++, queue.take(), "FIFO order");
                }
            }
        }
    }

    @Test
    @DisplayName("random: single-threaded operations against ArrayDeque")
    void randomSingleThreaded() throws InterruptedException {
        Random random = new Random(42);
        BoundedBlockingQueue<Integer> queue = new BoundedBlockingQueue<>(4);
        java.util.ArrayDeque<Integer> model = new java.util.ArrayDeque<>();
        for (int step = 0; step < 5_000; step++) {
            if (random.nextBoolean()) {
                int value = random.nextInt(1_000);
                boolean added = queue.offer(value, 0, TimeUnit.MILLISECONDS);
                assertEquals(model.size() < 4, added, "offer at step " + step + " with size " + model.size());
                if (added) {
                    model.addLast(value);
                }
            } else {
                assertEquals(model.pollFirst(), queue.poll(0, TimeUnit.MILLISECONDS), "poll at step " + step);
            }
            assertEquals(model.size(), queue.size(), "size at step " + step);
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: 4 producers and 4 consumers on capacity 1, no lost wake-up (2 rounds)")
    void lostWakeUpCapacityOne() {
        for (int round = 0; round < 2; round++) {
            producersAndConsumers(1, 4, 4, 100, false);
        }
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: 6 producers and 2 consumers on capacity 3, capacity never exceeded")
    void manyProducersSmallCapacity() {
        producersAndConsumers(3, 6, 2, 300, false);
    }

    @Test
    @DisplayName("2 producers and 6 consumers on capacity 2: nothing lost or duplicated")
    void manyConsumers() {
        producersAndConsumers(2, 2, 6, 600, false);
    }

    @Test
    @DisplayName("4 producers and 4 consumers with timed offer/poll on capacity 8")
    void timedCallsUnderContention() {
        producersAndConsumers(8, 4, 4, 500, true);
    }

    @Test
    @Tag("perf")
    @DisplayName("perf: 4 producers and 4 consumers move 20k elements through capacity 64")
    void throughput() {
        producersAndConsumers(64, 4, 4, 5_000, false);
    }
}
