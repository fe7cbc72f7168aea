import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed-capacity FIFO queue guarded by one lock with two conditions: producers wait on {@code notFull},
 * consumers on {@code notEmpty}. Because each condition only holds one kind of waiter, a single
 * {@code signal()} always wakes a thread that can use the change, so no wake-up is lost. Every wait sits in
 * a loop that re-checks its condition, which covers spurious wake-ups and threads that got there first.
 */
public class BoundedBlockingQueue<E> {

    private final int capacity;
    private final Deque<E> elements = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();

    public BoundedBlockingQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public void put(E element) throws InterruptedException {
        Objects.requireNonNull(element, "element must not be null");
        lock.lockInterruptibly();
        try {
            while (isFull()) {
                notFull.await();
            }
            enqueue(element);
        } finally {
            lock.unlock();
        }
    }

    public E take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (elements.isEmpty()) {
                notEmpty.await();
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    public boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(element, "element must not be null");
        Objects.requireNonNull(unit, "unit must not be null");
        long remainingNanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (isFull()) {
                if (remainingNanos <= 0) {
                    return false;
                }
                remainingNanos = notFull.awaitNanos(remainingNanos);
            }
            enqueue(element);
            return true;
        } finally {
            lock.unlock();
        }
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(unit, "unit must not be null");
        long remainingNanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (elements.isEmpty()) {
                if (remainingNanos <= 0) {
                    return null;
                }
                remainingNanos = notEmpty.awaitNanos(remainingNanos);
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return elements.size();
        } finally {
            lock.unlock();
        }
    }

    /** Caller holds the lock. */
    private boolean isFull() {
        return elements.size() == capacity;
    }

    /** Caller holds the lock and has checked there is room. */
    private void enqueue(E element) {
        elements.addLast(element);
        notEmpty.signal();
    }

    /** Caller holds the lock and has checked there is an element. */
    private E dequeue() {
        E head = elements.removeFirst();
        notFull.signal();
        return head;
    }
}
