package dev.drilljudge.verdict;

import java.util.List;

/**
 * The verdict on one submission to one problem: what `judge run` and `judge submit` report.
 *
 * @param headline      e.g. "WRONG_ANSWER on test 7 (edge: duplicates)", or "ACCEPTED"
 * @param candidateOutput what the candidate printed, truncated to the output limit
 * @param complexity    the measured growth; null when the problem has no generator or it was not measured
 */
public record Judgement(
        String problemId,
        RunMode mode,
        Verdict verdict,
        String headline,
        List<TestResult> results,
        List<Diagnostic> diagnostics,
        Timings timings,
        String candidateOutput,
        Complexity complexity) {

    public Judgement {
        results = List.copyOf(results);
        diagnostics = List.copyOf(diagnostics);
        candidateOutput = candidateOutput == null ? "" : candidateOutput;
    }

    /** A judgement without a growth measurement. */
    public Judgement(String problemId, RunMode mode, Verdict verdict, String headline, List<TestResult> results,
                     List<Diagnostic> diagnostics, Timings timings, String candidateOutput) {
        this(problemId, mode, verdict, headline, results, diagnostics, timings, candidateOutput, null);
    }

    public Judgement withComplexity(Complexity measured) {
        return new Judgement(problemId, mode, verdict, headline, results, diagnostics, timings, candidateOutput,
                measured);
    }

    public int passed() {
        return (int) results.stream().filter(TestResult::passed).count();
    }

    public int total() {
        return results.size();
    }

    public boolean compiled() {
        return verdict != Verdict.COMPILE_ERROR;
    }
}
