package dev.drilljudge.cli;

import dev.drilljudge.report.submission.JsonReport;
import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: 50,000 nested parentheses (100 KB) overflowed javac's stack and made `submit` an internal error. */
class ParserBombCommandTest {
    private static final String BANK = TestBanks.projectRoot().resolve("src/test/resources/bank").toString();

    @TempDir
    Path workspace;

    static String deeplyNestedSolution(int depth) {
        return "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        int x = "
                + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n        return new int[] {x, x};\n    }\n}\n";
    }

    @Test
    void fiftyThousandNestedParenthesesAreACompileErrorInAJsonDocument() throws IOException {
        Path answer = Files.createDirectories(workspace.resolve("answer"));
        Files.writeString(answer.resolve("Solution.java"), deeplyNestedSolution(50_000));
        PrintStream originalErr = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        CliRunner.Result result;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            result = CliRunner.run("submit", "pair-sum", answer.toString(), "--problems", BANK, "--format", "json",
                    "--submissions", workspace.resolve("submissions").toString());
        } finally {
            System.setErr(originalErr);
        }

        JsonNode json = JsonReport.mapper().readTree(result.out());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(json.path("verdict").asString()).isEqualTo("COMPILE_ERROR");
        assertThat(json.path("headline").asString())
                .isEqualTo("COMPILE_ERROR: expression nested too deeply: the compiler ran out of stack on your code");
        assertThat(result.err()).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("StackOverflowError").doesNotContain("\tat ");
    }
}
