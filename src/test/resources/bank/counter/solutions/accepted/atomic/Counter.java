import java.util.concurrent.atomic.AtomicLong;

class Counter {
    private final AtomicLong count = new AtomicLong();

    void increment() {
        count.incrementAndGet();
    }

    long value() {
        return count.get();
    }
}
