package dev.drilljudge.worker;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads the message of a Throwable whose class the candidate wrote: its {@code getMessage()} is the candidate's code,
 * which may loop, throw or lie. It runs on a thread of its own under a time bound, and its text is always labelled
 * as the candidate's, never presented as the judge's or the test's.
 */
final class CandidateText {
    static final long TIME_LIMIT_MS = 200;
    private static final int MAX_CHARS = 300;

    private CandidateText() {
    }

    static String messageOf(Throwable candidateDefined) {
        CompletableFuture<String> message = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                message.complete(String.valueOf(candidateDefined.getMessage()));
            } catch (Throwable failure) {
                message.completeExceptionally(failure);
            }
        }, "drill-judge-candidate-message");
        reader.setDaemon(true);
        reader.start();
        try {
            String text = message.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
            return "its message, written by your code: \"" + shorten(text) + "\"";
        } catch (TimeoutException tooSlow) {
            return "its getMessage() did not return within " + TIME_LIMIT_MS + " ms";
        } catch (ExecutionException threw) {
            return "its getMessage() threw " + threw.getCause().getClass().getName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "its message was not read";
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...";
    }
}
