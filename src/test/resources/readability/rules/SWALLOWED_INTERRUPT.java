import java.util.concurrent.BlockingQueue;

class Worker {
    void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) { // expect: SWALLOWED_INTERRUPT "swallows the interrupt"
            // fine, we just wake up early
        }
    }

    String next(BlockingQueue<String> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) { // expect: SWALLOWED_INTERRUPT "Thread.currentThread().interrupt()"
            return "";
        }
    }

    void restores(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void rethrows(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted while pausing", e);
        }
    }

    void otherExceptions(String text) {
        try {
            Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }
}
