package dev.drilljudge.problem;

import dev.drilljudge.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The `inputs:` section: what a statement guarantees about each parameter, validated with line numbers. */
class ProblemInputsTest {
    private static final String HEADER = "id: two-sum\ntitle: Two Sum\ndifficulty: easy\n";

    @TempDir
    Path bank;

    private ProblemPackage load(String yaml) throws IOException {
        Path root = bank.resolve("two-sum");
        Files.createDirectories(root.resolve("tests/hidden"));
        Files.writeString(root.resolve("statement.md"), "# statement");
        Files.writeString(root.resolve("problem.yaml"), HEADER + yaml);
        return ProblemLoader.load(root);
    }

    @Test
    void readsEveryGuaranteeOfEachParameter() throws IOException {
        ProblemPackage problem = load("""
                inputs:
                  nums: {nonNull: true, minLength: 2, maxLength: 200000, elements: {min: -1000000000, max: 1000000000}}
                  target: {min: -1000000000, max: 1000000000}
                  grid: {nonNull: true, nonEmpty: true, inPlace: true, elements: {nonNull: true, minLength: 1}}
                printsOutput: true
                """);

        ProblemInputs inputs = problem.inputs();
        assertThat(inputs.byParameter().keySet()).containsExactly("nums", "target", "grid");
        InputSpec nums = inputs.spec("nums").orElseThrow();
        assertThat(nums.nonNull()).isTrue();
        assertThat(nums.minLength()).isEqualTo(OptionalInt.of(2));
        assertThat(nums.maxLength()).isEqualTo(OptionalInt.of(200000));
        assertThat(nums.hasIndex(1)).isTrue();
        assertThat(nums.hasIndex(2)).isFalse();
        assertThat(nums.elementSpec().min()).isEqualTo(Optional.of(new BigDecimal("-1000000000")));
        assertThat(nums.inPlace()).isFalse();
        InputSpec target = inputs.spec("target").orElseThrow();
        assertThat(target.nonNull()).isFalse();
        assertThat(target.max()).isEqualTo(Optional.of(new BigDecimal("1000000000")));
        InputSpec grid = inputs.spec("grid").orElseThrow();
        assertThat(grid.guaranteedMinLength()).isEqualTo(1);
        assertThat(grid.inPlace()).isTrue();
        assertThat(grid.elementSpec().nonNull()).isTrue();
        assertThat(grid.elementSpec().hasIndex(0)).isTrue();
        assertThat(inputs.spec("other")).isEmpty();
        assertThat(problem.printsOutput()).isTrue();
    }

    @Test
    void noSectionGuaranteesNothing() throws IOException {
        ProblemPackage problem = load("");
        assertThat(problem.inputs().isEmpty()).isTrue();
        assertThat(problem.printsOutput()).isFalse();
    }

    @Test
    void anUnknownKeyNamesItsLine() {
        assertThatThrownBy(() -> load("""
                inputs:
                  nums:
                    nonNull: true
                    minLenght: 2
                """))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("problem.yaml line 7: unknown field 'inputs.nums.minLenght'; known fields are "
                        + "[elements, inPlace, max, maxLength, min, minLength, nonEmpty, nonNull]");
    }

    @Test
    void inPlaceIsForAWholeInputNotItsElements() {
        assertThatThrownBy(() -> load("inputs:\n  nums: {elements: {inPlace: true}}\n"))
                .hasMessageContaining("line 5: unknown field 'inputs.nums.elements.inPlace'");
    }

    @Test
    void contradictionsAndWrongTypesAreErrorsWithTheirLine() {
        List<String> cases = List.of(
                "inputs:\n  nums: {minLength: 3, maxLength: 2}\n",
                "inputs:\n  nums: {nonEmpty: true, maxLength: 0}\n",
                "inputs:\n  k: {min: 5, max: 1}\n",
                "inputs:\n  nums: {nonNull: yes please}\n",
                "inputs:\n  nums: {minLength: -1}\n",
                "inputs:\n  k: {min: low}\n",
                "inputs:\n  nums: true\n",
                "inputs: [nums]\n");
        List<String> expected = List.of(
                "line 5: field 'inputs.nums.maxLength' must be at least minLength (3)",
                "line 5: field 'inputs.nums.maxLength' is 0, which contradicts nonEmpty: true",
                "line 5: field 'inputs.k.max' must be at least min (5)",
                "line 5: field 'inputs.nums.nonNull' must be true or false",
                "line 5: field 'inputs.nums.minLength' must be a whole number of at least 0",
                "line 5: field 'inputs.k.min' must be a number, e.g. -1000000000",
                "line 5: field 'inputs.nums' must be a mapping of",
                "line 4: field 'inputs' must map each starter parameter");
        for (int index = 0; index < cases.size(); index++) {
            String yaml = cases.get(index);
            assertThatThrownBy(() -> load(yaml)).as(yaml).isInstanceOf(BadInputException.class)
                    .hasMessageContaining(expected.get(index));
        }
    }
}
