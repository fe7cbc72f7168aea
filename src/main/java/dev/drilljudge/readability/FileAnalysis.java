package dev.drilljudge.readability;

import java.util.List;
import java.util.Optional;

/**
 * What the rules found in one file, or in several.
 *
 * @param findings  the points against it, after `judge:ignore` suppression and merging, ordered by line and column
 * @param signals   the positive signals (guard clauses) that earn edge-case credit
 * @param codeLines lines of code that run when the answer is used (uncalled methods left out), the size the score
 *                  is normalised by (0 when the file did not parse)
 * @param warnings  problems with the analysis's own input, e.g. a `judge:ignore` naming no rule
 * @param notScored why the code cannot be scored (a file that does not parse); empty when it can be
 */
public record FileAnalysis(List<Finding> findings, List<Finding> signals, int codeLines, List<String> warnings,
                           Optional<String> notScored) {
    public FileAnalysis {
        findings = List.copyOf(findings);
        signals = List.copyOf(signals);
        warnings = List.copyOf(warnings);
    }

    public FileAnalysis(List<Finding> findings, List<Finding> signals, int codeLines) {
        this(findings, signals, codeLines, List.of(), Optional.empty());
    }
}
