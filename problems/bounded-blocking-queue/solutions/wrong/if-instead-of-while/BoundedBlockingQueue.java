import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Monitor-based queue that checks its wait condition with if: a woken thread does not re-check it. */
public class BoundedBlockingQueue<E> {

    private final int capacity;
    private final Deque<E> elements = new ArrayDeque<>();

    public BoundedBlockingQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void put(E element) throws InterruptedException {
        Objects.requireNonNull(element, "element must not be null");
        if (elements.size() >= capacity) {
            wait();
        }
        elements.addLast(element);
        notifyAll();
    }

    public synchronized E take() throws InterruptedException {
        if (elements.isEmpty()) {
            wait();
        }
        E head = elements.removeFirst();
        notifyAll();
        return head;
    }

    public synchronized boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(element, "element must not be null");
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (elements.size() >= capacity) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        elements.addLast(element);
        notifyAll();
        return true;
    }

    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (elements.isEmpty()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, remaining);
        }
        E head = elements.removeFirst();
        notifyAll();
        return head;
    }

    public synchronized int size() {
        return elements.size();
    }
}
