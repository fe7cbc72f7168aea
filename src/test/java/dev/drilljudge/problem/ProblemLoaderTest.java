package dev.drilljudge.problem;

import dev.drilljudge.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemLoaderTest {
    @TempDir
    Path bank;

    private Path packageWith(String id, String yaml) throws IOException {
        Path root = bank.resolve(id);
        Files.createDirectories(root.resolve("tests/hidden"));
        Files.writeString(root.resolve("statement.md"), "# statement");
        Files.writeString(root.resolve("problem.yaml"), yaml);
        return root;
    }

    @Test
    void loadsAllFieldsAndDefaults() throws IOException {
        Path root = packageWith("two-sum", "id: two-sum\ntitle: Two Sum\ndifficulty: medium\ntags: [arrays, meta]\n");

        ProblemPackage problem = ProblemLoader.load(root);

        assertThat(problem.id()).isEqualTo("two-sum");
        assertThat(problem.title()).isEqualTo("Two Sum");
        assertThat(problem.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(problem.tags()).containsExactly("arrays", "meta");
        assertThat(problem.targetMinutes()).isEqualTo(25);
        assertThat(problem.limits()).isEqualTo(new Limits(2000, 20000, 256, 64));
        assertThat(problem.allowThreads()).isFalse();
    }

    @Test
    void readsExplicitLimitsTargetAndThreads() throws IOException {
        Path root = packageWith("counter", """
                id: counter
                title: Counter
                difficulty: hard
                targetMinutes: 40
                allowThreads: true
                limits:
                  testTimeoutMs: 3000
                  memoryMb: 128
                """);

        ProblemPackage problem = ProblemLoader.load(root);

        assertThat(problem.targetMinutes()).isEqualTo(40);
        assertThat(problem.allowThreads()).isTrue();
        assertThat(problem.limits()).isEqualTo(new Limits(3000, 20000, 128, 64));
    }

    @Test
    void defaultTargetsFollowDifficulty() {
        assertThat(List.of(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD))
                .extracting(Difficulty::defaultTargetMinutes).containsExactly(15, 25, 35);
    }

    @Test
    void missingTitleNamesFileAndField() throws IOException {
        Path root = packageWith("a", "id: a\ndifficulty: easy\n");

        assertThatThrownBy(() -> ProblemLoader.load(root)).isInstanceOf(BadInputException.class)
                .hasMessage(root.resolve("problem.yaml") + ": field 'title' is required");
    }

    @Test
    void unknownKeyIsAnError() throws IOException {
        Path root = packageWith("a", "id: a\ntitle: A\ndifficulty: easy\ntimeLimit: 3\n");

        assertThatThrownBy(() -> ProblemLoader.load(root)).hasMessageContaining("unknown field 'timeLimit'");
    }

    @Test
    void unknownLimitKeyIsNamedWithItsPath() throws IOException {
        Path root = packageWith("a", "id: a\ntitle: A\ndifficulty: easy\nlimits:\n  memory: 3\n");

        assertThatThrownBy(() -> ProblemLoader.load(root)).hasMessageContaining("unknown field 'limits.memory'");
    }

    @Test
    void badDifficultyIsExplained() throws IOException {
        Path root = packageWith("a", "id: a\ntitle: A\ndifficulty: brutal\n");

        assertThatThrownBy(() -> ProblemLoader.load(root))
                .hasMessage(root.resolve("problem.yaml")
                        + " line 3: field 'difficulty' difficulty must be easy, medium or hard, not 'brutal'");
    }

    @Test
    void idMustBeKebabCaseAndMatchFolder() throws IOException {
        Path wrongCase = packageWith("TwoSum", "id: TwoSum\ntitle: A\ndifficulty: easy\n");
        Path mismatch = packageWith("two-sum", "id: three-sum\ntitle: A\ndifficulty: easy\n");

        assertThatThrownBy(() -> ProblemLoader.load(wrongCase)).hasMessageContaining("must be kebab-case");
        assertThatThrownBy(() -> ProblemLoader.load(mismatch))
                .hasMessageContaining("'three-sum' must equal the folder name 'two-sum'");
    }

    @Test
    void limitOutOfRangeIsRejected() throws IOException {
        Path root = packageWith("a", "id: a\ntitle: A\ndifficulty: easy\nlimits:\n  memoryMb: 99999\n");

        assertThatThrownBy(() -> ProblemLoader.load(root))
                .hasMessageContaining("field 'limits.memoryMb' must be between 16 and 4096, not 99999");
    }

    @Test
    void invalidYamlIsOneLine() throws IOException {
        Path root = packageWith("a", "id: [unclosed\n");

        assertThatThrownBy(() -> ProblemLoader.load(root)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(root.resolve("problem.yaml") + ": not valid YAML")
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"));
    }

    @Test
    void hiddenTestsAreRequired() throws IOException {
        Path root = packageWith("a", "id: a\ntitle: A\ndifficulty: easy\n");
        Files.delete(root.resolve("tests/hidden"));

        assertThatThrownBy(() -> ProblemLoader.load(root)).hasMessageContaining("tests/hidden: missing");
    }

    @Test
    void bankRejectsUnknownAndPathLikeIds() throws IOException {
        packageWith("a", "id: a\ntitle: A\ndifficulty: easy\n");
        ProblemBank problems = ProblemBank.open(bank);

        assertThat(problems.ids()).containsExactly("a");
        assertThatThrownBy(() -> problems.get("../a")).hasMessageContaining("unknown problem '../a'");
        assertThatThrownBy(() -> problems.get("b")).hasMessageContaining("run `judge list`");
    }
}
