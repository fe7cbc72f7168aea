package dev.drilljudge.verdict;

import java.util.List;

/**
 * The verdict on one submission to one problem: what `judge run` and `judge submit` report.
 *
 * @param headline      e.g. "WRONG_ANSWER on test 7 (edge: duplicates)", or "ACCEPTED"
 * @param candidateOutput what the candidate printed, truncated to the output limit
 */
public record Judgement(
        String problemId,
        RunMode mode,
        Verdict verdict,
        String headline,
        List<TestResult> results,
        List<Diagnostic> diagnostics,
        Timings timings,
        String candidateOutput) {

    public Judgement {
        results = List.copyOf(results);
        diagnostics = List.copyOf(diagnostics);
        candidateOutput = candidateOutput == null ? "" : candidateOutput;
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
