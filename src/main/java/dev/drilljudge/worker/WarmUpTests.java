package dev.drilljudge.worker;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Run by every worker before its first job, while the judge is still compiling: JUnit's execution path and
 * the common assertions are loaded and warmed, so the candidate's first test does not pay for them.
 */
public final class WarmUpTests {
    @Test
    @DisplayName("warm-up: JUnit assertions")
    void jupiterAssertions() {
        assertEquals(3, List.of(1, 2, 3).size(), "three elements");
        assertArrayEquals(new int[] {1, 2}, new int[] {1, 2});
    }
}
