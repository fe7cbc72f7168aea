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
