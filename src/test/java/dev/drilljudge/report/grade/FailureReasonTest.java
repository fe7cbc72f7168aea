package dev.drilljudge.report.grade;

import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.protocol.TestOutcome;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReasonTest {

    @Test
    void aFailedTestGivesItsHeadlineAndItsMessageOnOneLine() {
        Judgement runtime = judgement(Verdict.RUNTIME_ERROR, "RUNTIME_ERROR on test 3 (edge: empty)", List.of(
                new TestResult(1, "T.a", "a", Set.of(), TestStatus.PASSED, 1, ""),
                new TestResult(3, "T.c", "edge: empty", Set.of(), TestStatus.of(TestOutcome.RUNTIME_ERROR), 1,
                        "java.lang.ArrayIndexOutOfBoundsException: Index 0 out of bounds for length 0\r\n"
                                + "\tat Solution.java:12\u001B[31m")), List.of());

        assertThat(FailureReason.of(runtime)).isEqualTo("RUNTIME_ERROR on test 3 (edge: empty): "
                + "java.lang.ArrayIndexOutOfBoundsException: Index 0 out of bounds for length 0 at Solution.java:12 [31m");
    }

    @Test
    void aTimeLimitWithoutAMessageIsItsHeadline() {
        Judgement slow = judgement(Verdict.TIME_LIMIT_EXCEEDED, "TIME_LIMIT_EXCEEDED on test 2 (perf: big)", List.of(
                new TestResult(2, "T.b", "perf: big", Set.of(), TestStatus.of(TestOutcome.TIME_LIMIT_EXCEEDED), 2000, "")), List.of());

        assertThat(FailureReason.of(slow)).isEqualTo("TIME_LIMIT_EXCEEDED on test 2 (perf: big)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "BOM          | Solution.java | 1 | 1 | illegal character: '\\ufeff' | Solution.java:1:1: illegal character: '\\ufeff' (hint: the file starts with a byte-order mark; save it as UTF-8 without BOM)",
            "syntax       | Solution.java | 4 | 20 | ';' expected | Solution.java:4:20: ';' expected",
            "encoding     | \"\" | 0 | 0 | submissions/x/A.java: not UTF-8 text; save the file as UTF-8 | submissions/x/A.java: not UTF-8 text; save the file as UTF-8 (hint: the file is in another encoding; save it as UTF-8)",
            "size         | \"\" | 0 | 0 | the submission is too large (70 KB) | the submission is too large (70 KB) (hint: the submission is over the size limit; submit only your solution's sources)",
            "signature    | \"\" | 0 | 0 | expected class Solution { int add(int, int) } | expected class Solution { int add(int, int) } (hint: keep the starter's class and method signatures)"})
    void aCompileErrorGivesItsFirstDiagnosticWithAHintForTheUsualCauses(String cause, String file, long line,
                                                                        long column, String message, String reason) {
        Judgement compile = judgement(Verdict.COMPILE_ERROR, "COMPILE_ERROR: 1 error", List.of(),
                List.of(new Diagnostic(file, line, column, message), new Diagnostic("B.java", 9, 9, "second")));

        assertThat(FailureReason.of(compile)).as(cause).isEqualTo(reason);
    }

    @Test
    void aFolderLevelErrorAndAnAcceptedRowSaySo() {
        Judgement link = judgement(Verdict.SECURITY_VIOLATION,
                "SECURITY_VIOLATION: Solution.java is a symbolic link", List.of(), List.of());

        assertThat(FailureReason.of(link)).isEqualTo("SECURITY_VIOLATION: Solution.java is a symbolic link");
        assertThat(FailureReason.of(judgement(Verdict.ACCEPTED, "ACCEPTED", List.of(), List.of()))).isEmpty();
    }

    @Test
    void aVeryLongReasonIsCut() {
        Judgement wrong = judgement(Verdict.WRONG_ANSWER, "WRONG_ANSWER on test 1 (a)", List.of(
                new TestResult(1, "T.a", "a", Set.of(), TestStatus.of(TestOutcome.WRONG_ANSWER), 1, "x".repeat(1000))), List.of());

        assertThat(FailureReason.of(wrong)).hasSize(FailureReason.MAX_LENGTH).endsWith("x…");
    }

    private static Judgement judgement(Verdict verdict, String headline, List<TestResult> results,
                                       List<Diagnostic> diagnostics) {
        return new Judgement("p", RunMode.HIDDEN, verdict, headline, results, diagnostics, new Timings(1, 1, 2), "");
    }
}
