package dev.drilljudge.source;

/**
 * One Java source file, read into memory.
 *
 * @param displayPath the path shown to the user in diagnostics and findings, relative to what they named
 * @param content     the file's text
 */
public record SourceFile(String displayPath, String content) {
    public SourceFile {
        if (displayPath == null || displayPath.isBlank()) {
            throw new IllegalArgumentException("a source file needs a display path");
        }
        if (content == null) {
            throw new IllegalArgumentException("source file " + displayPath + " has no content");
        }
    }

    /** The file name without folders, e.g. Solution.java. */
    public String fileName() {
        int slash = displayPath.lastIndexOf('/');
        return slash < 0 ? displayPath : displayPath.substring(slash + 1);
    }
}
