package dev.drilljudge.problem;

import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bank problem states its inputs, and each stated input is a parameter of its starter. */
class BankInputsTest {
    @Test
    void everyProblemStatesItsInputsByStarterParameterName() {
        List<String> problems = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ProblemPackage problem : TestBanks.shippedBank().problems()) {
            if (problem.inputs().isEmpty()) {
                problems.add(problem.id());
            }
            Set<String> parameters = StarterSignature.parameterNames(problem);
            problem.inputs().byParameter().keySet().stream()
                    .filter(name -> !parameters.contains(name))
                    .forEach(name -> unknown.add(problem.id() + ": " + name));
        }
        assertThat(problems).as("problems without an inputs: section").isEmpty();
        assertThat(unknown).as("inputs that name no starter parameter").isEmpty();
    }

    @Test
    void twoSumStatesWhatItsStatementGuarantees() {
        ProblemInputs inputs = TestBanks.shippedBank().get("two-sum").inputs();
        InputSpec nums = inputs.spec("nums").orElseThrow();
        assertThat(nums.nonNull()).isTrue();
        assertThat(nums.guaranteedMinLength()).isEqualTo(2);
        assertThat(inputs.spec("target").orElseThrow().nonNull()).isFalse();
    }
}
