package dev.drilljudge.session;

import dev.drilljudge.problem.Difficulty;
import dev.drilljudge.problem.Limits;
import dev.drilljudge.problem.ProblemPackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes tiny problem packages (problem.yaml, statement, one hidden test, a starter) into a temp bank. */
public final class TestProblems {
    private TestProblems() {
    }

    public static ProblemPackage write(Path bank, String id, Difficulty difficulty, int targetMinutes,
                                       String... tags) {
        Path root = bank.resolve(id);
        try {
            Files.createDirectories(root.resolve("tests/hidden"));
            Files.createDirectories(root.resolve("starter"));
            Files.writeString(root.resolve("problem.yaml"), "id: " + id + "\ntitle: " + id + "\ndifficulty: "
                    + difficulty.label() + "\ntags: [" + String.join(", ", tags) + "]\ntargetMinutes: "
                    + targetMinutes + "\n");
            Files.writeString(root.resolve("statement.md"), "# " + id + "\n\nReturn the answer.\n");
            Files.writeString(root.resolve("tests/hidden/SolutionTest.java"), """
                    import org.junit.jupiter.api.Test;
                    import static org.junit.jupiter.api.Assertions.assertEquals;

                    class SolutionTest {
                        @Test
                        void answers() {
                            assertEquals(42, new Solution().answer());
                        }
                    }
                    """);
            Files.writeString(root.resolve("starter/Solution.java"), """
                    class Solution {
                        int answer() {
                            return 0;
                        }
                    }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProblemPackage(id, id, difficulty, List.of(tags), targetMinutes, Limits.DEFAULTS, false, List.of(), root);
    }
}
