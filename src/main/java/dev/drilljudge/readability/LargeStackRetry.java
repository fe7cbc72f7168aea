package dev.drilljudge.readability;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a parse again on a thread with a large, bounded stack after it overflowed the caller's: JavaParser descends
 * recursively, so 50,000 nested parentheses overflow an ordinary thread's stack although the file is only 100 KB.
 * The common case costs nothing (no thread is started); a file deeper than even the large stack, or one that takes
 * longer than the time bound there, comes back empty and the caller reports it as unreadable.
 */
final class LargeStackRetry {
    /** Reserved address space, not memory: pages are only touched as deep as the parse goes. */
    static final long STACK_BYTES = 16L * 1024 * 1024;
    static final long TIME_LIMIT_MS = 20_000;

    private LargeStackRetry() {
    }

    static <T> Optional<T> run(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(work.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "readability-large-stack", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return Optional.of(result.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException tooSlow) {
            thread.interrupt();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError) {
                return Optional.empty();
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
