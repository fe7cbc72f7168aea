package dev.drilljudge.compile;

import dev.drilljudge.verdict.Diagnostic;

import java.util.List;

/** Either classes ready to run, or the reason nothing can run; the grading seam turns a reason into a verdict. */
public sealed interface CompileOutcome {

    /**
     * @param testsReused     the tests were not compiled again: their classes came from the cache
     * @param candidateReused neither were the candidate's code and the support classes
     */
    record Compiled(CompiledUnit unit, long elapsedMs, boolean testsReused, boolean candidateReused)
            implements CompileOutcome {
    }

    /**
     * @param message one line saying what went wrong
     */
    record Rejected(Reason reason, String message, List<Diagnostic> diagnostics, long elapsedMs)
            implements CompileOutcome {
        public Rejected {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Why a compilation produced nothing to run. */
    enum Reason {
        /** The candidate's code, or the tests against it, does not compile (or compiling took too long). */
        DOES_NOT_COMPILE,
        /** The candidate declares a class that would shadow a test, support, library or JDK class. */
        SHADOWS_TRUSTED_CLASS,
        /** The problem's own support classes do not compile: the bank is broken, not the submission. */
        PROBLEM_DOES_NOT_COMPILE,
        /**
         * The compiler was starved of CPU: it used less than its CPU limit while the wall-clock backstop ran out.
         * That measures the machine, not the submission, so nothing is counted against the candidate.
         */
        MACHINE_OVERLOADED
    }

    long elapsedMs();
}
