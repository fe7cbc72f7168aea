package dev.drilljudge.readability;

/**
 * Counts lines that hold code: blank lines and comment-only lines do not count. Lines are split at '\n' (a '\r'
 * before it is whitespace at the line's end) and read in place, since this runs on every file analysed.
 */
public final class CodeLines {
    private final String content;
    /** Offset of each line's first character; one more line than there are '\n's. */
    private final int[] starts;
    private final boolean[] isCode;

    public CodeLines(String content) {
        this.content = content;
        int lineCount = 1;
        for (int at = content.indexOf('\n'); at >= 0; at = content.indexOf('\n', at + 1)) {
            lineCount++;
        }
        this.starts = new int[lineCount];
        for (int line = 1, at = content.indexOf('\n'); at >= 0; at = content.indexOf('\n', at + 1)) {
            starts[line++] = at + 1;
        }
        this.isCode = new boolean[lineCount];
        boolean inBlockComment = false;
        for (int index = 0; index < lineCount; index++) {
            int from = skipWhitespace(starts[index], end(index));
            int to = trimEnd(from, end(index));
            if (inBlockComment) {
                int close = indexOf("*/", from, to);
                if (close < 0) {
                    continue;
                }
                inBlockComment = false;
                from = skipWhitespace(close + 2, to);
            }
            if (startsWith("/*", from, to)) {
                inBlockComment = indexOf("*/", from, to) < 0;
                continue;
            }
            isCode[index] = from < to && !startsWith("//", from, to);
        }
    }

    /** The text of a 1-based line, or "" past the end. */
    public String line(int lineNumber) {
        return lineNumber >= 1 && lineNumber <= starts.length
                ? content.substring(starts[lineNumber - 1], end(lineNumber - 1)) : "";
    }

    public int lineCount() {
        return starts.length;
    }

    /** The whole text the lines were read from. */
    public String content() {
        return content;
    }

    /** Code lines between two 1-based lines, both included. */
    public int count(int fromLine, int toLine) {
        int count = 0;
        for (int line = Math.max(1, fromLine); line <= Math.min(toLine, starts.length); line++) {
            if (isCode[line - 1]) {
                count++;
            }
        }
        return count;
    }

    public int total() {
        return count(1, starts.length);
    }

    /** Offset just past a 0-based line's last character (its '\n', or the end of the content). */
    private int end(int index) {
        return index + 1 < starts.length ? starts[index + 1] - 1 : content.length();
    }

    /** As {@link String#strip()} does at the start. */
    private int skipWhitespace(int from, int to) {
        while (from < to && Character.isWhitespace(content.charAt(from))) {
            from++;
        }
        return from;
    }

    /** As {@link String#strip()} does at the end. */
    private int trimEnd(int from, int to) {
        while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Where text starts within [from, to), or -1; never reads past the line. */
    private int indexOf(String text, int from, int to) {
        for (int at = from; at + text.length() <= to; at++) {
            if (content.startsWith(text, at)) {
                return at;
            }
        }
        return -1;
    }

    private boolean startsWith(String text, int from, int to) {
        return to - from >= text.length() && content.startsWith(text, from);
    }
}
