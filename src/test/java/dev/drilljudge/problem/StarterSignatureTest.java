package dev.drilljudge.problem;

import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StarterSignatureTest {
    @Test
    void describesTheStarterInterface() {
        ProblemPackage pairSum = TestBanks.fixtureBank().get("pair-sum");

        assertThat(StarterSignature.of(pairSum))
                .isEqualTo("class Solution { public int[] twoSum(int[] nums, int target) }");
    }

    @Test
    void withoutStarterPointsToTheStatement() {
        ProblemPackage counter = TestBanks.fixtureBank().get("counter");

        assertThat(StarterSignature.of(counter)).contains("named in the statement");
    }
}
