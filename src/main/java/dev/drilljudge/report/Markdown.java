package dev.drilljudge.report;

/** Escaping for text placed in a GitHub-flavoured Markdown table cell. */
public final class Markdown {
    private Markdown() {
    }

    /**
     * Table cells end at an unescaped pipe and at a line break; GitHub renders inline HTML, so a generic type
     * such as {@code List<Integer>} in a message would vanish unless its angle brackets are escaped.
     */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\r\n", " ")
                .replace('\r', ' ')
                .replace('\n', ' ')
                .strip();
    }

    /**
     * Inline code for a name the candidate chose (a folder name): fenced with one backtick more than the longest
     * run inside it, so a backtick in the name cannot end the span, and on one line.
     */
    public static String code(String text) {
        String oneLine = CiText.line(text).replace("|", "\\|");
        int longestRun = 0;
        int run = 0;
        for (char character : oneLine.toCharArray()) {
            run = character == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(longestRun + 1);
        String padding = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return fence + padding + oneLine + padding + fence;
    }
}
