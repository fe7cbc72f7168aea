package dev.drilljudge.compile;

import dev.drilljudge.verdict.Verdict;

import java.util.List;

/** Either classes ready to run, or a verdict that ends the judgement before anything runs. */
public sealed interface CompileOutcome {

    /**
     * @param testsReused     the tests were not compiled again: their classes came from the cache
     * @param candidateReused neither were the candidate's code and the support classes
     */
    record Compiled(CompiledUnit unit, long elapsedMs, boolean testsReused, boolean candidateReused)
            implements CompileOutcome {
    }

    /**
     * @param verdict COMPILE_ERROR, or SECURITY_VIOLATION when the candidate tried to shadow trusted classes
     * @param message one line for the verdict
     */
    record Rejected(Verdict verdict, String message, List<Diagnostic> diagnostics, long elapsedMs)
            implements CompileOutcome {
        public Rejected {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    long elapsedMs();
}
