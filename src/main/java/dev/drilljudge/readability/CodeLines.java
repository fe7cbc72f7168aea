package dev.drilljudge.readability;

/** Counts lines that hold code: blank lines and comment-only lines do not count. */
public final class CodeLines {
    private final String[] lines;
    private final boolean[] isCode;

    public CodeLines(String content) {
        this.lines = content.split("\n", -1);
        this.isCode = new boolean[lines.length];
        boolean inBlockComment = false;
        for (int index = 0; index < lines.length; index++) {
            String trimmed = lines[index].strip();
            if (inBlockComment) {
                int end = trimmed.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inBlockComment = false;
                trimmed = trimmed.substring(end + 2).strip();
            }
            if (trimmed.startsWith("/*")) {
                inBlockComment = !trimmed.contains("*/");
                continue;
            }
            isCode[index] = !trimmed.isEmpty() && !trimmed.startsWith("//");
        }
    }

    /** The text of a 1-based line, or "" past the end. */
    public String line(int lineNumber) {
        return lineNumber >= 1 && lineNumber <= lines.length ? lines[lineNumber - 1] : "";
    }

    public int lineCount() {
        return lines.length;
    }

    /** Code lines between two 1-based lines, both included. */
    public int count(int fromLine, int toLine) {
        int count = 0;
        for (int line = Math.max(1, fromLine); line <= Math.min(toLine, lines.length); line++) {
            if (isCode[line - 1]) {
                count++;
            }
        }
        return count;
    }

    public int total() {
        return count(1, lines.length);
    }
}
