package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission cannot buy a better growth score by remembering answers: a quadratic two-sum that keeps every answer
 * in a static map keyed by the input's contents would, if every call saw the same input, do the quadratic work once
 * (in the warm-up) and then only hash the input, linear. Each call's input comes from a seed of its own, so every
 * measured call does the work.
 */
class GrowthMemoizationTest {
    private static final String REMEMBERS_ANSWERS = """
            import java.util.Arrays;
            import java.util.HashMap;
            import java.util.Map;

            class Solution {
                private static final Map<String, int[]> ANSWERS = new HashMap<>();

                public int[] twoSum(int[] numbers, int target) {
                    String key = Arrays.hashCode(numbers) + ":" + numbers.length + ":" + target;
                    int[] remembered = ANSWERS.get(key);
                    if (remembered != null) {
                        return remembered.clone();
                    }
                    int[] answer = everyPair(numbers, target);
                    ANSWERS.put(key, answer);
                    return answer.clone();
                }

                private int[] everyPair(int[] numbers, int target) {
                    for (int first = 0; first < numbers.length; first++) {
                        for (int second = first + 1; second < numbers.length; second++) {
                            if (numbers[first] + numbers[second] == target) {
                                return new int[] {first, second};
                            }
                        }
                    }
                    return new int[0];
                }
            }
            """;

    @Test
    void rememberedAnswersDoNotHideQuadraticWork() {
        ProblemPackage twoSum = TestBanks.shippedBank().get("two-sum");
        try (JudgeEngine engine = new JudgeEngine(EngineOptions.grading())) {
            Judgement judgement = engine.judge(twoSum, List.of(new SourceFile("Solution.java", REMEMBERS_ANSWERS)),
                    RunMode.HIDDEN, true, true);

            Complexity growth = judgement.complexity();
            assertThat(growth.fitted()).as(growth.toString()).isTrue();
            assertThat(growth.exponent()).as(growth.toString()).isGreaterThanOrEqualTo(1.6);
            assertThat(growth.optimal()).as(growth.toString()).isFalse();
        }
    }
}
