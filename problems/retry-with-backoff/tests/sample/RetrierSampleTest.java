import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetrierSampleTest {

    private static final RetryPolicy POLICY = new RetryPolicy(4, 100, 1000, List.of(IOException.class));

    @Test
    @DisplayName("sample: succeeds on the third attempt")
    void succeedsOnThirdAttempt() throws Exception {
        List<Long> sleeps = new ArrayList<>();
        Retrier retrier = new Retrier(POLICY, sleeps::add, () -> 0.5);
        int[] calls = {0};
        String result = retrier.call(() -> {
            calls[0]++;
            if (calls[0] < 3) {
                throw new IOException(calls[0] == 1 ? "a" : "b");
            }
            return "ok";
        });
        assertEquals("ok", result, "result of the third attempt");
        assertEquals(List.of(50L, 100L), sleeps, "sleeps with random 0.5, base 100");
    }

    @Test
    @DisplayName("sample: gives up after 4 attempts")
    void givesUp() {
        List<Long> sleeps = new ArrayList<>();
        List<Exception> thrown = new ArrayList<>();
        Retrier retrier = new Retrier(POLICY, sleeps::add, () -> 0.5);
        RetryExhaustedException exhausted = assertThrows(RetryExhaustedException.class, () -> retrier.call(() -> {
            SocketTimeoutException failure = new SocketTimeoutException("attempt " + (thrown.size() + 1));
            thrown.add(failure);
            throw failure;
        }), "an always-failing operation");
        assertEquals("gave up after 4 attempts", exhausted.getMessage(), "message");
        assertSame(thrown.get(3), exhausted.getCause(), "the cause is the 4th failure");
        assertArrayEquals(thrown.subList(0, 3).toArray(), exhausted.getSuppressed(), "failures 1-3 suppressed");
        assertEquals(List.of(50L, 100L, 200L), sleeps, "three waits, none after the last attempt");
    }

    @Test
    @DisplayName("sample: maxAttempts 0 is rejected")
    void zeroAttempts() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new Retrier(new RetryPolicy(0, 100, 1000, List.of(IOException.class)), millis -> { },
                        () -> 0.5), "maxAttempts 0");
        assertTrue(thrown.getMessage().contains("maxAttempts"), "message should name maxAttempts");
    }
}
