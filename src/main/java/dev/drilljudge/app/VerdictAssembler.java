package dev.drilljudge.app;

import dev.drilljudge.compile.CompileOutcome;
import dev.drilljudge.sandbox.RunResult;
import dev.drilljudge.sandbox.TestRun;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.RunMode;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.Timings;
import dev.drilljudge.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the stages saw into the verdict: the first failing test in the fixed order decides, as on
 * LeetCode, and the headline names it: "WRONG_ANSWER on test 7 (edge: duplicates)".
 */
public final class VerdictAssembler {
    private VerdictAssembler() {
    }

    /** A judgement that ended before any test ran: a compile error, a security violation, a judge error. */
    public static Judgement stopped(String problemId, RunMode mode, Verdict verdict, String message,
                                    List<Diagnostic> diagnostics, Timings timings) {
        return new Judgement(problemId, mode, verdict, verdict.name() + ": " + message, List.of(), diagnostics,
                timings, "");
    }

    /** A judgement that ended at compilation: the reason the compiler gave decides the verdict. */
    public static Judgement rejected(String problemId, RunMode mode, CompileOutcome.Rejected rejected,
                                     Timings timings) {
        return stopped(problemId, mode, verdictFor(rejected.reason()), rejected.message(), rejected.diagnostics(),
                timings);
    }

    static Verdict verdictFor(CompileOutcome.Reason reason) {
        return switch (reason) {
            case DOES_NOT_COMPILE -> Verdict.COMPILE_ERROR;
            case SHADOWS_TRUSTED_CLASS -> Verdict.SECURITY_VIOLATION;
            case PROBLEM_DOES_NOT_COMPILE, MACHINE_OVERLOADED -> Verdict.JUDGE_ERROR;
        };
    }

    public static Judgement fromRun(String problemId, RunMode mode, RunResult run, List<Diagnostic> notes,
                                    Timings timings) {
        if (run.judgeFailed()) {
            return stopped(problemId, mode, Verdict.JUDGE_ERROR, run.judgeFailure(), notes, timings);
        }
        List<TestResult> results = new ArrayList<>();
        int number = 1;
        for (TestRun test : run.tests()) {
            String name = simpleName(test.className()) + "." + test.methodName();
            results.add(new TestResult(number++, name, test.displayName(), test.tags(), test.status(), test.timeMs(),
                    test.cpuMs(), test.message()));
        }
        if (results.isEmpty()) {
            return stopped(problemId, mode, Verdict.JUDGE_ERROR, "the problem has no tests to run", notes, timings);
        }
        Verdict verdict = Verdict.ACCEPTED;
        String headline = "ACCEPTED (" + results.size() + "/" + results.size() + " tests passed)";
        for (TestResult result : results) {
            if (!result.passed()) {
                verdict = result.status().asVerdict();
                headline = verdict.name() + " on test " + result.number() + " (" + result.displayName() + ")";
                break;
            }
        }
        return new Judgement(problemId, mode, verdict, headline, results, notes, timings, run.candidateOutput());
    }

    private static String simpleName(String className) {
        int lastDot = className.lastIndexOf('.');
        return lastDot < 0 ? className : className.substring(lastDot + 1);
    }
}
