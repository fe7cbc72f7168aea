import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RetrierHiddenTest {

    private static final List<Class<? extends Exception>> IO = List.of(IOException.class);

    /** Records every requested delay. */
    private static final class RecordingSleeper implements Sleeper {
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public void sleep(long millis) {
            sleeps.add(millis);
        }
    }

    /** Returns the given values in a cycle and counts the calls. */
    private static final class ScriptedRandom implements DoubleSupplier {
        private final double[] values;
        int calls;

        ScriptedRandom(double... values) {
            this.values = values;
        }

        @Override
        public double getAsDouble() {
            return values[calls++ % values.length];
        }
    }

    /** Throws the scripted exceptions in order, then returns the result. */
    private static final class ScriptedOperation implements Callable<String> {
        private final List<Exception> failures;
        private final String result;
        int calls;

        ScriptedOperation(String result, Exception... failures) {
            this.failures = List.of(failures);
            this.result = result;
        }

        @Override
        public String call() throws Exception {
            calls++;
            if (calls <= failures.size()) {
                throw failures.get(calls - 1);
            }
            return result;
        }
    }

    private static void assertIllegal(String word, Executable construction) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, construction, word);
        assertNotNull(thrown.getMessage(), word + ": exception needs a message");
        assertTrue(thrown.getMessage().contains(word), "message should name " + word + ": " + thrown.getMessage());
    }

    private static Retrier retrier(int maxAttempts, long base, long max, RecordingSleeper sleeper, DoubleSupplier random) {
        return new Retrier(new RetryPolicy(maxAttempts, base, max, IO), sleeper, random);
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: invalid numeric configuration")
    void invalidNumbers() {
        Sleeper sleeper = millis -> { };
        DoubleSupplier random = () -> 0.5;
        assertIllegal("maxAttempts", () -> new Retrier(new RetryPolicy(0, 1, 2, IO), sleeper, random));
        assertIllegal("maxAttempts", () -> new Retrier(new RetryPolicy(-3, 1, 2, IO), sleeper, random));
        assertIllegal("baseDelayMillis", () -> new Retrier(new RetryPolicy(3, -1, 2, IO), sleeper, random));
        assertIllegal("maxDelayMillis", () -> new Retrier(new RetryPolicy(3, 50, 49, IO), sleeper, random));
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null arguments")
    void nullArguments() {
        RetryPolicy policy = new RetryPolicy(3, 1, 2, IO);
        Sleeper sleeper = millis -> { };
        DoubleSupplier random = () -> 0.5;
        assertNotNull(assertThrows(NullPointerException.class, () -> new Retrier(null, sleeper, random),
                "null policy").getMessage(), "null policy: message");
        assertNotNull(assertThrows(NullPointerException.class, () -> new Retrier(policy, null, random),
                "null sleeper").getMessage(), "null sleeper: message");
        assertNotNull(assertThrows(NullPointerException.class, () -> new Retrier(policy, sleeper, null),
                "null random").getMessage(), "null random: message");
        assertNotNull(assertThrows(NullPointerException.class, () -> new Retrier(policy, sleeper, random).call(null),
                "call(null)").getMessage(), "call(null): message");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: null retryOn or a null element in it")
    void nullRetryOn() {
        Sleeper sleeper = millis -> { };
        NullPointerException nullList = assertThrows(NullPointerException.class,
                () -> new Retrier(new RetryPolicy(3, 1, 2, null), sleeper, () -> 0.5), "retryOn null");
        assertTrue(String.valueOf(nullList.getMessage()).contains("retryOn"), "message should name retryOn");
        List<Class<? extends Exception>> withNull = Arrays.asList(IOException.class, null);
        NullPointerException nullElement = assertThrows(NullPointerException.class,
                () -> new Retrier(new RetryPolicy(3, 1, 2, withNull), sleeper, () -> 0.5), "retryOn with null");
        assertTrue(String.valueOf(nullElement.getMessage()).contains("retryOn"), "message should name retryOn");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: maxAttempts 1 never waits")
    void singleAttempt() {
        RecordingSleeper sleeper = new RecordingSleeper();
        IOException failure = new IOException("only");
        RetryExhaustedException exhausted = assertThrows(RetryExhaustedException.class,
                () -> retrier(1, 10, 10, sleeper, () -> 0.5).call(new ScriptedOperation("x", failure)), "1 attempt");
        assertEquals("gave up after 1 attempts", exhausted.getMessage(), "message");
        assertSame(failure, exhausted.getCause(), "cause");
        assertEquals(0, exhausted.getSuppressed().length, "nothing suppressed");
        assertEquals(List.of(), sleeper.sleeps, "no waits");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: success on the first attempt")
    void firstAttemptSucceeds() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        ScriptedRandom random = new ScriptedRandom(0.5);
        assertEquals("fine", retrier(5, 10, 100, sleeper, random).call(new ScriptedOperation("fine")), "result");
        assertEquals(List.of(), sleeper.sleeps, "no waits");
        assertEquals(0, random.calls, "random is not called without a wait");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: an operation returning null")
    void nullResult() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        ScriptedOperation operation = new ScriptedOperation(null, new IOException("once"));
        assertNull(retrier(3, 10, 100, sleeper, () -> 0.5).call(operation), "null is a valid result");
        assertEquals(2, operation.calls, "attempts");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: empty retryOn retries nothing")
    void emptyRetryOn() {
        RecordingSleeper sleeper = new RecordingSleeper();
        IOException failure = new IOException("io");
        ScriptedOperation operation = new ScriptedOperation("x", failure);
        Retrier retrier = new Retrier(new RetryPolicy(5, 10, 100, List.of()), sleeper, () -> 0.5);
        IOException thrown = assertThrows(IOException.class, () -> retrier.call(operation), "empty retryOn");
        assertSame(failure, thrown, "the same exception object");
        assertEquals(0, thrown.getSuppressed().length, "nothing suppressed");
        assertEquals(1, operation.calls, "attempts");
        assertEquals(List.of(), sleeper.sleeps, "no waits");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a subclass of a retryable class is retried")
    void subclassIsRetryable() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        ScriptedOperation operation = new ScriptedOperation("found", new FileNotFoundException("not yet"));
        assertEquals("found", retrier(3, 10, 100, sleeper, () -> 0.5).call(operation), "FileNotFoundException is an IOException");
        assertEquals(List.of(5L), sleeper.sleeps, "one wait");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: a non-retryable failure keeps the earlier ones as suppressed")
    void nonRetryableAfterRetryable() {
        RecordingSleeper sleeper = new RecordingSleeper();
        IOException first = new IOException("1");
        IOException second = new IOException("2");
        IllegalStateException fatal = new IllegalStateException("3");
        ScriptedOperation operation = new ScriptedOperation("x", first, second, fatal);
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> retrier(10, 10, 100, sleeper, () -> 0.5).call(operation), "IOException, IOException, ISE");
        assertSame(fatal, thrown, "the non-retryable exception itself");
        assertArrayEquals(new Throwable[] {first, second}, thrown.getSuppressed(), "earlier failures, oldest first");
        assertEquals(List.of(5L, 10L), sleeper.sleeps, "two waits, none after the fatal failure");
        assertEquals(3, operation.calls, "attempts");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: an Error is never caught")
    void errorPropagates() {
        RecordingSleeper sleeper = new RecordingSleeper();
        Error boom = new Error("boom");
        int[] calls = {0};
        Retrier retrier = new Retrier(new RetryPolicy(5, 10, 100, List.of(Exception.class)), sleeper, () -> 0.5);
        Error thrown = assertThrows(Error.class, () -> retrier.call(() -> {
            calls[0]++;
            throw boom;
        }), "operation throwing Error");
        assertSame(boom, thrown, "the same Error");
        assertEquals(1, calls[0], "no retry for an Error");
        assertEquals(List.of(), sleeper.sleeps, "no waits");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: zero base delay still waits (for 0 ms)")
    void zeroBaseDelay() {
        RecordingSleeper sleeper = new RecordingSleeper();
        ScriptedRandom random = new ScriptedRandom(0.7);
        assertThrows(RetryExhaustedException.class, () -> retrier(3, 0, 0, sleeper, random)
                .call(new ScriptedOperation("x", new IOException(), new IOException(), new IOException())), "3 failures");
        assertEquals(List.of(0L, 0L), sleeper.sleeps, "two zero waits");
        assertEquals(2, random.calls, "random is called once per wait");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: many attempts do not overflow the backoff")
    void manyAttemptsNoOverflow() {
        RecordingSleeper sleeper = new RecordingSleeper();
        assertThrows(RetryExhaustedException.class, () -> retrier(200, 1000, 60_000, sleeper, () -> 0.999)
                .call(() -> {
                    throw new IOException("down");
                }), "200 failures");
        List<Long> expected = new ArrayList<>();
        long ceiling = 1000;
        for (int n = 1; n < 200; n++) {
            expected.add((long) (ceiling * 0.999));
            ceiling = Math.min(60_000, ceiling * 2);
        }
        assertEquals(expected, sleeper.sleeps, "waits capped at 60000 * 0.999 for 199 waits");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: the last failure is the cause, no wait after it")
    void causeAndSuppressedOrder() {
        RecordingSleeper sleeper = new RecordingSleeper();
        Exception[] failures = {new IOException("1"), new FileNotFoundException("2"), new IOException("3"),
            new IOException("4"), new FileNotFoundException("5")};
        RetryExhaustedException exhausted = assertThrows(RetryExhaustedException.class,
                () -> retrier(5, 1, 1000, sleeper, () -> 0.5).call(new ScriptedOperation("x", failures)), "5 failures");
        assertEquals("gave up after 5 attempts", exhausted.getMessage(), "message");
        assertSame(failures[4], exhausted.getCause(), "cause is the 5th failure");
        assertArrayEquals(Arrays.copyOf(failures, 4), exhausted.getSuppressed(), "failures 1-4, oldest first");
        assertEquals(4, sleeper.sleeps.size(), "4 waits for 5 attempts");
    }

    @Test
    @Tag("edge")
    @DisplayName("edge: an interrupted wait stops retrying")
    void interruptedWait() {
        IOException first = new IOException("1");
        IOException second = new IOException("2");
        InterruptedException interruption = new InterruptedException("shutdown");
        int[] sleeps = {0};
        Sleeper sleeper = millis -> {
            sleeps[0]++;
            if (sleeps[0] == 2) {
                throw interruption;
            }
        };
        ScriptedOperation operation = new ScriptedOperation("x", first, second, new IOException("3"));
        Retrier retrier = new Retrier(new RetryPolicy(5, 10, 100, IO), sleeper, () -> 0.5);
        InterruptedException thrown = assertThrows(InterruptedException.class, () -> retrier.call(operation),
                "interrupted during the 2nd wait");
        assertSame(interruption, thrown, "the same InterruptedException");
        assertArrayEquals(new Throwable[] {first, second}, thrown.getSuppressed(), "failures so far");
        assertEquals(2, operation.calls, "no attempt after the interruption");
    }

    @Test
    @DisplayName("jitter multiplies the ceiling and truncates")
    void jitterValues() {
        RecordingSleeper sleeper = new RecordingSleeper();
        assertThrows(RetryExhaustedException.class, () -> retrier(4, 100, 10_000, sleeper,
                new ScriptedRandom(0.0, 0.25, 0.9999)).call(() -> {
                    throw new IOException();
                }), "4 failures");
        assertEquals(List.of(0L, 50L, 399L), sleeper.sleeps, "0*100, 0.25*200, 0.9999*400");
    }

    @Test
    @DisplayName("the ceiling stops at maxDelayMillis")
    void cappedCeiling() {
        RecordingSleeper sleeper = new RecordingSleeper();
        assertThrows(RetryExhaustedException.class, () -> retrier(5, 300, 1000, sleeper, () -> 0.5).call(() -> {
            throw new IOException();
        }), "5 failures");
        assertEquals(List.of(150L, 300L, 500L, 500L), sleeper.sleeps, "ceilings 300, 600, 1000, 1000 halved");
    }

    @Test
    @DisplayName("a checked non-retryable exception propagates")
    void checkedNonRetryable() {
        TimeoutException timeout = new TimeoutException("slow");
        TimeoutException thrown = assertThrows(TimeoutException.class,
                () -> retrier(3, 1, 1, new RecordingSleeper(), () -> 0.5).call(new ScriptedOperation("x", timeout)),
                "TimeoutException with retryOn [IOException]");
        assertSame(timeout, thrown, "the same exception object");
    }

    @Test
    @DisplayName("separate calls do not share failures")
    void callsAreIndependent() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        Retrier retrier = retrier(3, 10, 100, sleeper, () -> 0.5);
        assertEquals("ok", retrier.call(new ScriptedOperation("ok", new IOException("a"), new IOException("b"))),
                "first call");
        IllegalStateException fatal = new IllegalStateException("fatal");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> retrier.call(new ScriptedOperation("x", fatal)), "second call");
        assertEquals(0, thrown.getSuppressed().length, "no failures carried over from the first call");
        assertEquals(List.of(5L, 10L), sleeper.sleeps, "only the first call waited");
    }

    @Test
    @DisplayName("random: 300 scripted runs against an oracle")
    void randomisedDifferential() {
        Random random = new Random(42);
        for (int run = 0; run < 300; run++) {
            int maxAttempts = 1 + random.nextInt(8);
            long base = random.nextInt(4) == 0 ? 0 : random.nextInt(500);
            long max = base + random.nextInt(3000);
            int failuresBeforeOutcome = random.nextInt(10);
            int outcome = random.nextInt(3); // 0 success, 1 non-retryable, 2 retryable forever
            List<Exception> script = new ArrayList<>();
            for (int i = 0; i < failuresBeforeOutcome; i++) {
                script.add(random.nextBoolean() ? new IOException("io" + i) : new FileNotFoundException("fnf" + i));
            }
            IllegalStateException fatal = new IllegalStateException("fatal");
            int[] calls = {0};
            Callable<String> operation = () -> {
                int index = calls[0]++;
                if (index < script.size()) {
                    throw script.get(index);
                }
                if (outcome == 1) {
                    throw fatal;
                }
                if (outcome == 2) {
                    throw new IOException("late" + index);
                }
                return "done";
            };
            List<Double> draws = new ArrayList<>();
            Random jitterSource = new Random(run);
            DoubleSupplier jitter = () -> {
                double draw = jitterSource.nextDouble();
                draws.add(draw);
                return draw;
            };
            RecordingSleeper sleeper = new RecordingSleeper();
            Retrier retrier = retrier(maxAttempts, base, max, sleeper, jitter);
            String where = "run " + run + " (maxAttempts " + maxAttempts + ", " + failuresBeforeOutcome
                    + " failures, outcome " + outcome + ")";
            Object actual;
            try {
                actual = retrier.call(operation);
            } catch (Exception thrown) {
                actual = thrown;
            }
            int attemptsUntilOutcome = failuresBeforeOutcome + 1;
            int expectedCalls = outcome == 2 ? maxAttempts : Math.min(maxAttempts, attemptsUntilOutcome);
            assertEquals(expectedCalls, calls[0], "attempts in " + where);
            if (outcome == 0 && attemptsUntilOutcome <= maxAttempts) {
                assertEquals("done", actual, "result in " + where);
            } else if (outcome == 1 && attemptsUntilOutcome <= maxAttempts) {
                assertSame(fatal, actual, "non-retryable failure in " + where);
            } else {
                assertTrue(actual instanceof RetryExhaustedException, "RetryExhaustedException in " + where);
                assertEquals(expectedCalls - 1, ((Exception) actual).getSuppressed().length, "suppressed in " + where);
            }
            assertEquals(expectedCalls - 1, sleeper.sleeps.size(), "waits in " + where);
            for (int wait = 0; wait < sleeper.sleeps.size(); wait++) {
                long ceiling = Math.min(max, base * (1L << wait));
                assertEquals((long) (ceiling * draws.get(wait)), sleeper.sleeps.get(wait),
                        "wait " + (wait + 1) + " in " + where);
            }
        }
    }
}
