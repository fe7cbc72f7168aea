import java.util.concurrent.BlockingQueue;

class Consumer {
    private final BlockingQueue<String> queue;

    Consumer(BlockingQueue<String> queue) {
        this.queue = queue;
    }

    public String next() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work", e);
        }
    }

    public void drainTo(java.util.List<String> sink) {
        queue.drainTo(sink);
    }
}
