package dev.drilljudge.report.grade;

import dev.drilljudge.result.GradeSheet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GradeTextSummaryTest {

    @Test
    void oneLinePerProblemThenTotalsAndUnknownFolders() {
        assertThat(new GradeTextSummary().render(ReportFixtures.sheet(), 2_000)).containsExactly(
                "  pass  two-sum            ACCEPTED              2/2 tests  Meta 90 (self-reported time)  Amazon 75",
                "  FAIL  valid-parentheses  WRONG_ANSWER          1/4 tests  Meta 35 (not timed)  Amazon 30"
                        + "  <- not ACCEPTED (WRONG_ANSWER); Meta 35 < 60",
                "        WRONG_ANSWER on test 2 (edge: empty string): expected true for \"\" but was false",
                "  FAIL  merge-intervals    COMPILE_ERROR         -  <- not ACCEPTED (COMPILE_ERROR)",
                "        My Solution.java:4:20: ';' expected",
                "Graded 3 problems in 2.0 s (1.5 submissions/s): 1 accepted, 1 of 3 meet the thresholds.",
                "Not graded (no problem of that id in the bank): scratch");
    }

    @Test
    void anEmptyGradeSaysSo() {
        assertThat(new GradeTextSummary().render(new GradeSheet(List.of(), List.of()), 0)).containsExactly(
                "Graded 0 problems in 0.0 s (0.0 submissions/s): 0 accepted, 0 of 0 meet the thresholds.");
    }
}
