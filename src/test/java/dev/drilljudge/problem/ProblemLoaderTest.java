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
        assertThat(problem.allowApis()).isEmpty();
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
    void readsAllowApis() throws IOException {
        Path root = packageWith("reader", """
                id: reader
                title: Reader
                difficulty: easy
                allowApis: [java.io.StringReader, "java.util.concurrent.*", "java.lang.Thread#sleep"]
                """);

        ProblemPackage problem = ProblemLoader.load(root);

        assertThat(problem.allowApis()).containsExactly("java.io.StringReader", "java.util.concurrent.*",
                "java.lang.Thread#sleep");
        assertThat(problem.apiProfile().summary())
                .isEqualTo("the default APIs + java.io.StringReader + java.util.concurrent.* + java.lang.Thread#sleep");
    }

    @Test
    void malformedOrForbiddenAllowApisEntryNamesTheField() throws IOException {
        Path malformed = packageWith("a", "id: a\ntitle: A\ndifficulty: easy\nallowApis: [\"java.util.Map#\"]\n");
        Path junit = packageWith("b", "id: b\ntitle: B\ndifficulty: easy\nallowApis: [\"org.junit.jupiter.api.*\"]\n");

        assertThatThrownBy(() -> ProblemLoader.load(malformed)).isInstanceOf(BadInputException.class)
                .hasMessage(malformed.resolve("problem.yaml") + " line 4: field 'allowApis' 'java.util.Map#' is not an API "
                        + "entry; write a package (java.util.concurrent.*), a class (java.io.StringReader) or a member "
                        + "(java.lang.Thread#sleep)");
        assertThatThrownBy(() -> ProblemLoader.load(junit))
                .hasMessage(junit.resolve("problem.yaml") + " line 4: field 'allowApis' 'org.junit.jupiter.api.*' cannot be "
                        + "allowed: the test frameworks and the judge stay out of reach of candidate code");
    }

    /** The OS sandbox is the second wall: no problem.yaml can open files, sockets, processes or the environment. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"java.io.FileWriter", "java.io.File", "java.io.*",
            "java.lang.*", "java.lang.ProcessBuilder", "java.lang.Runtime#exec", "java.lang.System#getenv",
            "java.lang.System#*", "java.net.Socket", "java.net.*", "java.net.http.HttpClient", "java.nio.file.Files",
            "java.nio.file.*", "java.nio.channels.SocketChannel", "java.io.RandomAccessFile#new"})
    void anEntryThatReachesTheOperatingSystemIsRefused(String entry) throws IOException {
        Path root = packageWith("os", "id: os\ntitle: OS\ndifficulty: easy\nallowApis: [\"" + entry + "\"]\n");

        assertThatThrownBy(() -> ProblemLoader.load(root)).isInstanceOf(BadInputException.class)
                .hasMessage(root.resolve("problem.yaml") + " line 4: field 'allowApis' '" + entry + "' cannot be "
                        + "allowed: it reaches the operating system (files, sockets, processes or the environment), "
                        + "which candidate code never may");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"java.io.StringReader", "java.lang.System#nanoTime",
            "java.util.concurrent.*", "java.lang.Thread#sleep", "java.nio.charset.CharsetDecoder"})
    void anEntryThatStaysInsideTheJvmIsRead(String entry) throws IOException {
        Path root = packageWith("jvm", "id: jvm\ntitle: JVM\ndifficulty: easy\nallowApis: [\"" + entry + "\"]\n");

        assertThat(ProblemLoader.load(root).allowApis()).containsExactly(entry);
    }

    @Test
    void readsTheComplexitySectionAndItsDoublingSizes() throws IOException {
        Path root = packageWith("two-sum", """
                id: two-sum
                title: Two Sum
                difficulty: easy
                complexity:
                  time: O(n*k)
                  generator: TwoSumInputs
                  call: Solution.twoSum
                  sizes: [2000, 16000]
                  fixed: [k]
                calibration:
                  acceptedCpuMs: 42
                  slowCpuMs: '>2250'
                  margin: 3
                  floorMs: 500
                """);
        Files.createDirectories(root.resolve("support"));
        Files.writeString(root.resolve("support/TwoSumInputs.java"), "class TwoSumInputs {}");

        ProblemPackage problem = ProblemLoader.load(root);

        assertThat(problem.complexity()).isEqualTo(new ComplexitySpec("O(n*k)", "TwoSumInputs", "Solution", "twoSum",
                List.of(2000, 4000, 8000, 16000), List.of("k"), true));
    }

    @Test
    void aComplexitySectionCanLeaveTheSeriesAnswersUnchecked() throws IOException {
        Path root = packageWith("top-k", "id: top-k\ntitle: Top K\ndifficulty: medium\ncomplexity:\n"
                + "  time: O(n log n)\n  generator: TopKInputs\n  call: Solution.topK\n  checkAnswers: false\n");
        Files.createDirectories(root.resolve("support"));
        Files.writeString(root.resolve("support/TopKInputs.java"), "class TopKInputs {}");

        assertThat(ProblemLoader.load(root).complexity().checkAnswers()).isFalse();
    }

    @Test
    void aComplexityGeneratorMustExistInSupport() throws IOException {
        Path root = packageWith("two-sum", "id: two-sum\ntitle: Two Sum\ndifficulty: easy\ncomplexity:\n"
                + "  time: O(n)\n  generator: Missing\n  call: Solution.twoSum\n");

        assertThatThrownBy(() -> ProblemLoader.load(root)).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("field 'complexity.generator' names Missing, but support/Missing.java does not exist");
    }

    @Test
    void complexityTimeMustBeBigONotation() throws IOException {
        Path root = packageWith("two-sum", "id: two-sum\ntitle: Two Sum\ndifficulty: easy\ncomplexity:\n"
                + "  time: linear\n  generator: G\n  call: Solution.twoSum\n");

        assertThatThrownBy(() -> ProblemLoader.load(root)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("field 'complexity.time' must be big-O notation such as O(n)");
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
                        + " line 3: field 'difficulty' must be easy, medium or hard, not 'brutal'");
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
    void aYamlErrorNamesItsLine() throws IOException {
        Path root = packageWith("a", "id: a\ntitle: A\ndifficulty: easy\n  tags: [x\n");

        assertThatThrownBy(() -> ProblemLoader.load(root)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(root.resolve("problem.yaml") + ": not valid YAML at line 4, column ");
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
