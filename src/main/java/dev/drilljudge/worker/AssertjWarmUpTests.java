package dev.drilljudge.worker;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run only when the worker's class-data archive is recorded, so AssertJ's classes are in it for tests that use
 * them. Workers do not run it at start-up: AssertJ's first use costs about a tenth of a second, on the path of
 * every submit, and most hidden tests use JUnit's assertions alone.
 */
public final class AssertjWarmUpTests {
    @Test
    @DisplayName("warm-up: AssertJ assertions")
    void assertjAssertions() {
        assertThat(List.of("a", "b")).containsExactly("a", "b");
        assertThat(new int[] {2, 1}).containsExactlyInAnyOrder(1, 2);
    }
}
