package dev.drilljudge.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** A two-problem bank written into a temp folder for the end-to-end grade tests. */
final class TinyBank {
    static final String ADD_TWO_ACCEPTED = """
            class Solution {
                int add(int first, int second) {
                    return first + second;
                }
            }
            """;

    static final String MAX_OF_WRONG = """
            class Solution {
                int max(int[] values) {
                    return values[0];
                }
            }
            """;

    /** The scoring branch's history format: the drill on add-two closed ACCEPTED after 8 minutes. */
    static final String HISTORY = """
            {"event":"drill-started","time":"2026-11-20T10:00:00Z","judgeVersion":"0.1.0","drill":"d1","problem":"add-two","style":"BOTH","targetSeconds":900,"round":null}
            {"event":"drill-closed","time":"2026-11-20T10:08:00Z","judgeVersion":"0.1.0","drill":"d1","problem":"add-two","outcome":"ACCEPTED","elapsedSeconds":480,"targetSeconds":900,"attempts":1,"rejectedAttempts":0,"round":null}
            """;

    private TinyBank() {
    }

    static void write(Path bank) throws Exception {
        problem(bank, "add-two", "Add Two", """
                class Solution {
                    int add(int first, int second) {
                        return 0;
                    }
                }
                """, """
                import org.junit.jupiter.api.DisplayName;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;

                import static org.assertj.core.api.Assertions.assertThat;

                class AddTwoHiddenTest {
                    @Test
                    @DisplayName("basic: 2 + 3")
                    void basic() {
                        assertThat(new Solution().add(2, 3)).as("add(2, 3)").isEqualTo(5);
                    }

                    @Test
                    @Tag("edge")
                    @DisplayName("edge: negatives")
                    void negatives() {
                        assertThat(new Solution().add(-2, -3)).as("add(-2, -3)").isEqualTo(-5);
                    }
                }
                """);
        Files.writeString(bank.resolve("add-two/support/Pair.java"), """
                final class Pair {
                    final int left;
                    final int right;

                    Pair(int left, int right) {
                        this.left = left;
                        this.right = right;
                    }
                }
                """);
        problem(bank, "max-of", "Max Of", """
                class Solution {
                    int max(int[] values) {
                        return 0;
                    }
                }
                """, """
                import org.junit.jupiter.api.DisplayName;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;

                import static org.assertj.core.api.Assertions.assertThat;

                class MaxOfHiddenTest {
                    @Test
                    @DisplayName("basic: first is largest")
                    void basic() {
                        assertThat(new Solution().max(new int[] {9, 2, 3})).as("max of [9, 2, 3]").isEqualTo(9);
                    }

                    @Test
                    @Tag("edge")
                    @DisplayName("edge: largest last")
                    void last() {
                        assertThat(new Solution().max(new int[] {1, 2, 7})).as("max of [1, 2, 7]").isEqualTo(7);
                    }
                }
                """);
    }

    private static void problem(Path bank, String id, String title, String starter, String hiddenTest)
            throws Exception {
        Path root = bank.resolve(id);
        Files.createDirectories(root.resolve("starter"));
        Files.createDirectories(root.resolve("support"));
        Files.createDirectories(root.resolve("tests/hidden"));
        Files.writeString(root.resolve("problem.yaml"), "id: " + id + "\ntitle: " + title + "\ndifficulty: easy\n");
        Files.writeString(root.resolve("statement.md"), "# " + title + "\n");
        Files.writeString(root.resolve("starter/Solution.java"), starter);
        String testClass = hiddenTest.substring(hiddenTest.indexOf("class ") + 6, hiddenTest.indexOf(" {"));
        Files.writeString(root.resolve("tests/hidden/" + testClass + ".java"), hiddenTest);
    }
}
