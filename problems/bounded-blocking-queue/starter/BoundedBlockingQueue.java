import java.util.concurrent.TimeUnit;

public class BoundedBlockingQueue<E> {

    public BoundedBlockingQueue(int capacity) {
    }

    /** Adds {@code element} at the tail, waiting while the queue is full. */
    public void put(E element) throws InterruptedException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Removes and returns the head, waiting while the queue is empty. */
    public E take() throws InterruptedException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Like put, but gives up after the timeout: true if added, false if the queue stayed full. */
    public boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Like take, but gives up after the timeout: the head, or null if the queue stayed empty. */
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The number of elements in the queue right now. */
    public int size() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
