package dev.drilljudge.debug;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FixDiffTest {
    /** A seeded off-by-one: the model answer's "<" became "<=". */
    private static final String HANDED_OUT = """
            class Solution {
                // Sums the first n values.
                int sum(int[] values, int n) {
                    int total = 0;
                    for (int i = 0; i <= n; i++) {
                        total += values[i];
                    }
                    return total;
                }
            }
            """;

    private static List<SourceFile> code(String text) {
        return List.of(new SourceFile("Solution.java", text));
    }

    /** A parser bomb in a debug drill is compared line by line as it stands; it does not fail the judgement. */
    @Test
    void codeNestedTooDeepToParseIsComparedAsItStands() {
        String bomb = "class Solution {\n    int value() {\n        return " + "(".repeat(20_000) + "1"
                + ")".repeat(20_000) + ";\n    }\n}\n";
        String fixed = bomb.replace("int value()", "long value()");

        assertThat(FixDiff.changedLinesOfCode(code(bomb), code(fixed))).isEqualTo(1);
    }

    @Test
    void aOneLineFixIsOneChangedLine() {
        String fixed = HANDED_OUT.replace("i <= n", "i < n");

        assertThat(FixDiff.changedLinesOfCode(code(HANDED_OUT), code(fixed))).isEqualTo(1);
    }

    @Test
    void aThreeLineFixIsThreeChangedLines() {
        String fixed = """
                class Solution {
                    // Sums the first n values.
                    int sum(int[] values, int n) {
                        int total = 0;
                        int index = 0;
                        while (index < n) {
                            total += values[index++];
                        }
                        return total;
                    }
                }
                """;

        assertThat(FixDiff.changedLinesOfCode(code(HANDED_OUT), code(fixed))).isEqualTo(3);
    }

    @Test
    void commentsIndentationAndBlankLinesAreNotChanges() {
        String reformatted = """
                class Solution {

                  /* A block comment, then the same code re-indented. */
                  int sum(int[] values, int n) {
                      int total = 0;   // running sum
                      for (int i = 0; i <= n; i++) {
                          total += values[i];
                      }

                      return total;
                  }
                }
                """;

        assertThat(FixDiff.changedLinesOfCode(code(HANDED_OUT), code(reformatted))).isEqualTo(0);
    }

    @Test
    void aRewriteCountsEveryLineItReplaces() {
        String rewrite = """
                import java.util.Arrays;

                class Solution {
                    int sum(int[] values, int n) {
                        return Arrays.stream(values, 0, n).sum();
                    }
                }
                """;

        // The rewrite keeps "class Solution {", the signature and two closing braces: the five lines of the body
        // become one (max(5, 1) = 5), and the import is one line more: 6.
        assertThat(FixDiff.changedLinesOfCode(code(HANDED_OUT), code(rewrite))).isEqualTo(6);
    }

    /**
     * javac reads an escaped line break inside a line comment as a real one, so the code after it compiles and runs.
     * Read as written, the comment hid that code: a two-sum debug drill rewritten this way (a hash map answer in front
     * of the handed-out code, all after the escape) scored fix precision 100 with "0 changed lines".
     */
    @Test
    void codeHiddenAfterAnEscapedLineBreakInACommentIsAChange() {
        String hidden = HANDED_OUT.replace("int sum(int[] values, int n) {\n", "int sum(int[] values, int n) { "
                + "// \\u000a if (n >= 0) { return java.util.Arrays.stream(values, 0, n).sum(); }\n");

        assertThat(hidden).contains("{ // \\u000a if (n >= 0)");
        // The if, its return and its closing brace, as the pretty printer lays them out.
        assertThat(FixDiff.changedLinesOfCode(code(HANDED_OUT), code(hidden))).isEqualTo(3);
    }

    /** A one-line change is one statement: a rewrite packed into one long line counts every statement it holds. */
    @Test
    void aRewritePackedIntoOneLineCountsItsStatements() {
        String packed = HANDED_OUT.replace("""
                        int total = 0;
                        for (int i = 0; i <= n; i++) {
                            total += values[i];
                        }
                        return total;
                """, """
                        int total = 0; int index = 0; while (index < n) { total += values[index]; index++; } return total;
                """);

        assertThat(FixDiff.changedLinesOfCode(code(HANDED_OUT), code(packed))).isEqualTo(4);
    }

    @Test
    void anEscapedBackslashBeforeUIsNoEscape() {
        String text = "class A {\n    String path = \"C:\\\\u000a\"; // one line\n}\n";

        assertThat(UnicodeEscapes.decode(text)).isEqualTo(text);
    }

    @Test
    void aCommentMarkerInsideAStringIsCode() {
        String withString = "class A {\n    String url = \"http://example.com\"; // the site\n}\n";

        assertThat(CommentStripper.strip(withString))
                .contains("class A {\n    String url = \"http://example.com\";\n}\n");
    }

    @Test
    void strippingDropsCommentOnlyLinesButKeepsTheAuthorsBlankLines() {
        String source = "class A {\n    // bug: off by one\n    int a;\n\n    /** Doc. */\n    int b;\n}\n";

        assertThat(CommentStripper.strip(source)).contains("class A {\n    int a;\n\n    int b;\n}\n");
    }
}
