package dev.drilljudge.verdict;

/**
 * A compiler message placed in the candidate's own file.
 *
 * @param file   the candidate's file as they named it, or "" when the message concerns no file of theirs
 * @param line   1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 */
public record Diagnostic(String file, long line, long column, String message) {
}
