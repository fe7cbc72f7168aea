package dev.drilljudge.repro;

/** Java source literals for values the candidate typed: every character outside printable ASCII is escaped. */
final class JavaText {
    private JavaText() {
    }

    static String stringLiteral(String text) {
        StringBuilder literal = new StringBuilder("\"");
        text.chars().forEach(c -> literal.append(escape((char) c, '"')));
        return literal.append('"').toString();
    }

    static String charLiteral(char c) {
        return "'" + escape(c, '\'') + "'";
    }

    private static String escape(char c, char quote) {
        if (c == quote || c == '\\') {
            return "\\" + c;
        }
        if (c < 0x20) {
            // Never a \\u escape here: javac reads \\u000a as a line break before it reads the literal.
            return switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> String.format("\\%03o", (int) c);
            };
        }
        if (c > 0x7e) {
            return String.format("\\u%04x", (int) c);
        }
        return String.valueOf(c);
    }
}
