import java.util.concurrent.Callable;

class Retrier {
    private final int maxAttempts;

    Retrier(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    public <T> T call(Callable<T> operation) throws Exception {
        Exception lastFailure = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                return operation.call();
            } catch (Exception failure) {
                lastFailure = failure;
                pause(attempt);
            }
        }
        throw lastFailure;
    }

    private void pause(int attempt) throws InterruptedException {
        Thread.sleep(Math.min(1000L, 10L << attempt)); // expect: MAGIC_NUMBER, MAGIC_NUMBER
    }
}
