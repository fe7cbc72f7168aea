package dev.drilljudge.app;

import dev.drilljudge.sandbox.RunResult;
import dev.drilljudge.sandbox.TestRun;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import dev.drilljudge.worker.protocol.TestOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictAssemblerTest {
    private static TestRun test(String method, TestStatus status) {
        return new TestRun("id-" + method, "com.example.HiddenTest", method, "edge: " + method, Set.of("edge"), status,
                4, status == TestStatus.PASSED ? "" : "expected 2 but was 3");
    }

    private static final Timings TIMINGS = new Timings(10, 20, 35);

    @Test
    void firstFailingTestInOrderDecides() {
        RunResult run = new RunResult(List.of(test("empty", TestStatus.PASSED),
                test("duplicates", TestStatus.of(TestOutcome.WRONG_ANSWER)), test("huge", TestStatus.of(TestOutcome.TIME_LIMIT_EXCEEDED))), "", 20, "");

        Judgement judgement = VerdictAssembler.fromRun("two-sum", RunMode.HIDDEN, run, List.of(), TIMINGS);

        assertThat(judgement.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(judgement.headline()).isEqualTo("WRONG_ANSWER on test 2 (edge: duplicates)");
        assertThat(judgement.passed()).isEqualTo(1);
        assertThat(judgement.total()).isEqualTo(3);
        assertThat(judgement.results().get(1).name()).isEqualTo("HiddenTest.duplicates");
        assertThat(judgement.results().get(1).number()).isEqualTo(2);
    }

    @Test
    void allPassingIsAccepted() {
        RunResult run = new RunResult(List.of(test("a", TestStatus.PASSED), test("b", TestStatus.PASSED)), "", 20, "");

        Judgement judgement = VerdictAssembler.fromRun("two-sum", RunMode.HIDDEN, run, List.of(), TIMINGS);

        assertThat(judgement.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(judgement.headline()).isEqualTo("ACCEPTED (2/2 tests passed)");
    }

    @Test
    void notRunCountsAsTimeLimit() {
        assertThat(TestStatus.NOT_RUN.asVerdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
    }

    @Test
    void noTestsOrAWorkerFailureIsAJudgeError() {
        Judgement empty = VerdictAssembler.fromRun("x", RunMode.HIDDEN, new RunResult(List.of(), "", 1, ""), List.of(),
                TIMINGS);
        Judgement broken = VerdictAssembler.fromRun("x", RunMode.HIDDEN,
                new RunResult(List.of(), "", 1, "the worker JVM stopped"), List.of(), TIMINGS);

        assertThat(empty.headline()).isEqualTo("JUDGE_ERROR: the problem has no tests to run");
        assertThat(broken.verdict()).isEqualTo(Verdict.JUDGE_ERROR);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"DOES_NOT_COMPILE, COMPILE_ERROR",
            "SHADOWS_TRUSTED_CLASS, SECURITY_VIOLATION", "PROBLEM_DOES_NOT_COMPILE, JUDGE_ERROR",
            "MACHINE_OVERLOADED, JUDGE_ERROR"})
    void aCompileRejectionsReasonDecidesItsVerdict(dev.drilljudge.compile.CompileOutcome.Reason reason,
                                                   Verdict expected) {
        assertThat(VerdictAssembler.verdictFor(reason)).isEqualTo(expected);
    }
}
