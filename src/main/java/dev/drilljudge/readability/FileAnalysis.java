package dev.drilljudge.readability;

import java.util.List;

/**
 * What the rules found in one file.
 *
 * @param findings  the points against it, after `judge:ignore` suppression, ordered by line and column
 * @param signals   the positive signals (guard clauses) that earn edge-case credit
 * @param codeLines lines of code, the size the score is normalised by (0 when the file did not parse)
 */
public record FileAnalysis(List<Finding> findings, List<Finding> signals, int codeLines) {
    public FileAnalysis {
        findings = List.copyOf(findings);
        signals = List.copyOf(signals);
    }
}
