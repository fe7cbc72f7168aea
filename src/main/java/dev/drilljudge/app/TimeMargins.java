package dev.drilljudge.app;

import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.verdict.Complexity;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.TaggedTests;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.TestStatus;
import dev.drilljudge.worker.protocol.TestOutcome;

/**
 * What `judge verify` demands of a problem's limits beyond the verdicts, so a limit is never a coin toss: an accepted
 * solution is <em>clearly</em> under it (every perf test within {@value #ACCEPTED_SHARE_PERCENT}% of the CPU limit) and
 * a slow one <em>clearly</em> beyond it (killed on the limit, or {@value #SLOW_MULTIPLE}× over it). Where the problem
 * measures growth, the accepted solution must be measured optimal and the slow one not.
 */
final class TimeMargins {
    static final int ACCEPTED_SHARE_PERCENT = 50;
    static final int SLOW_MULTIPLE = 2;

    private TimeMargins() {
    }

    /** Why an accepted solution does not clearly meet the bar; empty when it does. */
    static String acceptedDoubt(ProblemPackage problem, Judgement judgement) {
        long limitMs = problem.limits().testTimeoutMs();
        for (TestResult result : judgement.results()) {
            if (result.tags().contains(TaggedTests.PERF) && 100 * result.cpuMs() > ACCEPTED_SHARE_PERCENT * limitMs) {
                return "test " + result.number() + " used " + result.cpuMs() + " ms of CPU time, more than "
                        + ACCEPTED_SHARE_PERCENT + "% of the " + limitMs + " ms limit";
            }
        }
        Complexity complexity = judgement.complexity();
        if (complexity != null && complexity.answers().anyWrong()) {
            return wrongAnswers(complexity);
        }
        if (complexity != null && !complexity.optimal()) {
            return "growth measured " + describe(complexity) + ", not the target " + complexity.expected();
        }
        return "";
    }

    /** Why a slow solution is not clearly beyond the limit; empty when it is. */
    static String slowDoubt(ProblemPackage problem, Judgement judgement) {
        long limitMs = problem.limits().testTimeoutMs();
        for (TestResult result : judgement.results()) {
            // With threads allowed a test's CPU time is the whole worker's, summed over its threads, so a stress test
            // that ends just past the limit is not comparable to the single-thread margin (thread-safe-counter's slow
            // answer ended test 4 at 2160-2480 ms of a 2000 ms limit in two runs); only single-thread margins are held.
            if (result.status() == TestStatus.of(TestOutcome.TIME_LIMIT_EXCEEDED) && result.cpuMs() < SLOW_MULTIPLE * limitMs
                    && !killed(result) && !problem.allowThreads()) {
                return "test " + result.number() + " used " + result.cpuMs() + " ms of CPU time, less than "
                        + SLOW_MULTIPLE + "x the " + limitMs + " ms limit";
            }
        }
        Complexity complexity = judgement.complexity();
        if (complexity != null && complexity.answers().anyWrong()) {
            return wrongAnswers(complexity);
        }
        if (complexity != null && complexity.optimal()) {
            return "growth measured " + describe(complexity) + ": as good as the target";
        }
        return "";
    }

    /** Killed mid-test by the judge (on CPU time or the wall-clock backstop) rather than finished over the limit. */
    private static boolean killed(TestResult result) {
        return result.message().startsWith("used more than") || result.message().startsWith("still running")
                || result.message().startsWith("exceeded the total");
    }

    /** A slow solution must still be right: its growth series' answers are held against the model answer's. */
    private static String wrongAnswers(Complexity complexity) {
        return "growth answers differ from the model answer's: " + complexity.answers().wrongNote() + " ("
                + complexity.answers().wrong() + " of " + complexity.answers().checked() + " checked calls wrong)";
    }

    private static String describe(Complexity complexity) {
        return complexity.fitted() ? complexity.looksLike() + " (slope " + complexity.exponent() + ")"
                : "nothing (" + complexity.note() + ")";
    }
}
