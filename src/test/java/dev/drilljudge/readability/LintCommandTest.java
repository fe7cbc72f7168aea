package dev.drilljudge.readability;

import dev.drilljudge.cli.JudgeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTest {
    private static final String MESSY = """
            class Answer {
                public int maxProfit(int[] p) {
                    int temp = p[0];
                    int best = 0;
                    for (int price : p) {
                        temp = Math.min(temp, price);
                        best = Math.max(best, price - temp);
                    }
                    return best;
                }
            }
            """;

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs `lint` under the real root command, so exit codes and the one-line error are the ones users get. */
    private int lint(String... args) {
        CommandLine command = JudgeCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "lint";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return command.execute(withCommand);
    }

    private Path solution() throws IOException {
        Path file = folder.resolve("Solution.java");
        Files.writeString(file, MESSY);
        return file;
    }

    @Test
    void textReportGroupsFindingsByFileAndEndsWithTopFixes() throws IOException {
        int exitCode = lint(solution().toString());

        assertThat(exitCode).isZero();
        String text = out.toString();
        assertThat(text).startsWith("Readability ");
        assertThat(text).contains("\nSolution.java\n");
        assertThat(text).contains("  3:13  NAME_PLACEHOLDER [major]  `temp` at line 3 does not say what it holds "
                + "(Insist on the Highest Standards)");
        assertThat(text).contains("  3:20  UNGUARDED_INPUT [major]");
        assertThat(text).contains("  2:32  NAME_SHORT [minor]");
        // a finding with a specific fix gets a fix line; one without (no name can be read off `temp`) gets none
        assertThat(text).contains("may be empty (nothing rules it out) (Customer Obsession): that input throws "
                + "instead of getting an answer.\n      fix: Handle it before this line: `if (p.length == 0) { ... }`");
        assertThat(text).contains("name it for its role.\n  3:20").doesNotContain("fix: \n");
        assertThat(text).contains("\nTop 3 fixes\n  1. ");
        assertThat(text.strip().lines().reduce((first, second) -> second).orElseThrow()).startsWith("  3. ");
    }

    @Test
    void theTopFixesHeadingCountsTheFixesListed() throws IOException {
        Path file = folder.resolve("Solution.java");
        Files.writeString(file, """
                class Answer {
                    public int maxProfit(int[] prices) {
                        if (prices == null || prices.length == 0) {
                            return 0;
                        }
                        int temp = prices[0];
                        int best = 0;
                        for (int price : prices) {
                            temp = Math.min(temp, price);
                            best = Math.max(best, price - temp);
                        }
                        return best;
                    }
                }
                """);

        assertThat(lint(file.toString())).isZero();

        assertThat(out.toString()).contains("\nTop fix\n  1. ").doesNotContain("Top 3 fixes").doesNotContain("  2. ");
    }

    @Test
    void jsonReportHasTheSharedShape() throws IOException {
        int exitCode = lint(solution().toString(), "--format", "json");

        assertThat(exitCode).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.toString());
        assertThat(report.propertyNames()).containsExactly("score", "categories", "findings", "topFixes");
        assertThat(report.get("categories").propertyNames())
                .containsExactly("naming", "edgeCases", "modularity", "errorHandling");
        JsonNode first = report.get("findings").get(0);
        assertThat(first.propertyNames()).containsExactly("rule", "category", "severity", "file", "line", "column",
                "message", "suggestion");
        List<String> rules = new ArrayList<>();
        report.get("findings").values().forEach(finding -> rules.add(finding.get("rule").asString()));
        assertThat(rules).containsExactly("NAME_SHORT", "NAME_PLACEHOLDER", "UNGUARDED_INPUT");
        assertThat(first.get("category").asString()).isEqualTo("naming");
        assertThat(first.get("severity").asString()).isEqualTo("minor");
        assertThat(first.get("file").asString()).isEqualTo("Solution.java");
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(report.get("topFixes").size()).isEqualTo(3);
        // naming: W = 4 + 2 = 6 -> 100 - 48 = 52; edge cases: W = 4 -> 68; overall (52 + 68 + 100 + 100) / 4
        assertThat(report.get("categories").get("naming").asInt()).isEqualTo(52);
        assertThat(report.get("categories").get("edgeCases").asInt()).isEqualTo(68);
        assertThat(report.get("score").asInt()).isEqualTo(80);
    }

    /** A tree too deep for the rules is refused like a syntax error: a null score and one line why, exit 0. */
    @Test
    void aTreeTooDeepHasANullScoreAndOneLineInJsonAndText() throws IOException {
        Path file = folder.resolve("Solution.java");
        Files.writeString(file, "class Solution {\n    public int total(int a) {\n        return a"
                + " + a".repeat(2_000) + ";\n    }\n}\n");
        String reason = "Solution.java line 3 is nested more than 200 levels deep in the syntax tree, so readability "
                + "was not scored; split the code into named steps";

        assertThat(lint(file.toString(), "--format", "json")).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.toString());
        assertThat(report.get("score").isNull()).isTrue();
        assertThat(report.get("categories").isNull()).isTrue();
        assertThat(report.get("notScored").asString()).isEqualTo(reason);
        assertThat(report.get("findings").size()).isZero();
        assertThat(err.toString()).isEmpty();

        out.getBuffer().setLength(0);
        assertThat(lint(file.toString())).isZero();
        assertThat(out.toString()).contains("Readability not scored: " + reason + "\n").doesNotContain("\tat ");
    }

    @Test
    void lintsAFolder() throws IOException {
        solution();
        Files.writeString(folder.resolve("Helper.java"), "class Helper {\n    int total;\n}\n");
        assertThat(lint(folder.toString())).isZero();
        assertThat(out.toString()).contains("\nSolution.java\n").doesNotContain("\nHelper.java\n");
    }

    @Test
    void configDisablesRules() throws IOException {
        Path config = folder.resolve("custom.yaml");
        Files.writeString(config, "readability:\n  disabled: [NAME_PLACEHOLDER, NAME_SHORT]\n");
        assertThat(lint(solution().toString(), "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("UNGUARDED_INPUT").doesNotContain("NAME_PLACEHOLDER").doesNotContain("NAME_SHORT");
    }

    @Test
    void aMissingPathIsExitTwoWithOneLine() {
        Path missing = folder.resolve("nowhere");
        assertThat(lint(missing.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("judge: " + missing + ": no such file or folder").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFolderWithoutJavaFilesIsExitTwo() {
        assertThat(lint(folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no .java files").hasLineCount(1);
    }

    @Test
    void anInvalidConfigIsExitTwoNamingTheKey() throws IOException {
        Path config = folder.resolve("bad.yaml");
        Files.writeString(config, "readability:\n  thresholds:\n    NESTNG: 2\n");
        assertThat(lint(solution().toString(), "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("`readability.thresholds.NESTNG`").hasLineCount(1);
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        assertThat(lint(solution().toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }

    /** Reads `nums[0]` unguarded and calls its lookup table `temp`; two-sum's statement guarantees two numbers. */
    private static final String TWO_SUM = """
            import java.util.HashMap;
            import java.util.Map;

            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    Map<Integer, Integer> temp = new HashMap<>();
                    temp.put(nums[0], 0);
                    for (int index = 1; index < nums.length; index++) {
                        Integer partner = temp.get(target - nums[index]);
                        if (partner != null) {
                            return new int[] {partner, index};
                        }
                        temp.put(nums[index], index);
                    }
                    return new int[0];
                }
            }
            """;

    private String bank() {
        return Fixtures.projectRoot().resolve("problems").toString();
    }

    /** With the problem, lint reads the code as submit does: `inputs:` say `nums` has at least two numbers. */
    @Test
    void withAProblemTheStatementDecidesWhichGuardsAreOwed() throws IOException {
        Path file = Files.writeString(folder.resolve("Solution.java"), TWO_SUM);

        assertThat(lint(file.toString(), "--problems", bank())).isZero();
        assertThat(out.toString()).contains("UNGUARDED_INPUT").contains("NAME_PLACEHOLDER")
                .doesNotContain("Judged against problem");

        out.getBuffer().setLength(0);
        assertThat(lint(file.toString(), "--problems", bank(), "--problem", "two-sum")).isZero();
        assertThat(out.toString()).doesNotContain("UNGUARDED_INPUT").contains("NAME_PLACEHOLDER")
                .endsWith("\nJudged against problem two-sum: its starter's names are given and its inputs decide "
                        + "which guards are owed (--problem ID to choose another).\n");
    }

    /** `judge lint submissions/two-sum` is judged against two-sum without being told. */
    @Test
    void aFolderNamedForABankProblemIsJudgedAgainstIt() throws IOException {
        Path answer = Files.createDirectories(folder.resolve("two-sum"));
        Files.writeString(answer.resolve("Solution.java"), TWO_SUM);

        assertThat(lint(answer.toString(), "--problems", bank(), "--format", "json")).isZero();
        assertThat(out.toString()).doesNotContain("UNGUARDED_INPUT").contains("NAME_PLACEHOLDER");
    }

    @Test
    void anUnknownProblemIsExitTwoWithOneLine() throws IOException {
        assertThat(lint(solution().toString(), "--problems", bank(), "--problem", "no-such-problem")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown problem 'no-such-problem'").hasLineCount(1);
    }
}
