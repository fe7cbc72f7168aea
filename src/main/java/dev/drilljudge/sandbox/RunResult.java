package dev.drilljudge.sandbox;

import java.util.List;

/**
 * What happened when the tests ran.
 *
 * @param tests        in the fixed run order
 * @param judgeFailure empty when the run worked; otherwise why the judge itself could not run the tests
 */
public record RunResult(List<TestRun> tests, String candidateOutput, long runMs, String judgeFailure) {
    public RunResult {
        tests = List.copyOf(tests);
    }

    public boolean judgeFailed() {
        return !judgeFailure.isEmpty();
    }
}
