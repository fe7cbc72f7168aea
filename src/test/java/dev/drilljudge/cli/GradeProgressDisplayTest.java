package dev.drilljudge.cli;

import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.result.JudgeReport;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GradeProgressDisplayTest {

    @Test
    void withoutATerminalEachProblemIsOnePlainLine() {
        StringWriter log = new StringWriter();
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (GradeProgressDisplay display = GradeProgressDisplay.create(false,
                new PrintStream(terminal, true, StandardCharsets.UTF_8), new PrintWriter(log))) {
            display.started(2);
            display.graded(graded("two-sum", Verdict.ACCEPTED, TestStatus.PASSED));
            display.graded(graded("merge-intervals", Verdict.COMPILE_ERROR, null));
        }

        assertThat(log.toString().lines()).containsExactly(
                "Grading 2 submissions",
                "[1/2] two-sum: ACCEPTED (1/1 tests)",
                "[2/2] merge-intervals: COMPILE_ERROR");
        assertThat(terminal.size()).isZero();
    }

    @Test
    void onATerminalAProgressBarIsDrawnAndTheLogStaysClean() {
        StringWriter log = new StringWriter();
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (GradeProgressDisplay display = GradeProgressDisplay.create(true,
                new PrintStream(terminal, true, StandardCharsets.UTF_8), new PrintWriter(log))) {
            display.started(1);
            display.graded(graded("two-sum", Verdict.ACCEPTED, TestStatus.PASSED));
        }

        String drawn = terminal.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("Grading").contains("100%").contains("1/1").contains("two-sum: ACCEPTED (1/1 tests)");
        assertThat(log.toString()).isEmpty();
    }

    private static GradedSubmission graded(String id, Verdict verdict, TestStatus status) {
        List<TestResult> results = status == null ? List.of()
                : List.of(new TestResult(1, "T.a", "a", Set.of(), status, 1, ""));
        Judgement judgement = new Judgement(id, RunMode.HIDDEN, verdict, verdict.name(), results, List.of(),
                new Timings(1, 1, 2), "");
        return new GradedSubmission(id, "submissions/" + id, new JudgeReport(judgement, null, null), false, List.of());
    }
}
