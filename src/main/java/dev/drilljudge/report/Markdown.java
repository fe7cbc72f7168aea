package dev.drilljudge.report;

/** Escaping for text placed in a GitHub-flavoured Markdown table cell. */
final class Markdown {
    private Markdown() {
    }

    /**
     * Table cells end at an unescaped pipe and at a line break; GitHub renders inline HTML, so a generic type
     * such as {@code List<Integer>} in a message would vanish unless its angle brackets are escaped.
     */
    static String cell(String text) {
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
}
