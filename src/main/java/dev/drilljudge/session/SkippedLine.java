package dev.drilljudge.session;

/** A history line the reader could not use (e.g. torn by a crash mid-write), reported rather than dropped. */
public record SkippedLine(int lineNumber, String reason) {
    /** "history.jsonl line 7: skipped, not valid JSON (...)". */
    public String describe(String fileName) {
        return fileName + " line " + lineNumber + ": skipped, " + reason;
    }
}
