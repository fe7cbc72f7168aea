package dev.drilljudge.compile;

import dev.drilljudge.verdict.Verdict;

import java.util.List;

/** Either classes ready to run, or a verdict that ends the judgement before anything runs. */
public sealed interface CompileOutcome {

    record Compiled(CompiledUnit unit, long elapsedMs) implements CompileOutcome {
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
