package dev.drilljudge.report.submission;

/**
 * ANSI colour for terminal text, switched off for NO_COLOR, pipes and files so logs stay clean.
 */
public record TextStyle(boolean colour) {
    private static final String RESET = "\u001B[0m";

    public static TextStyle plain() {
        return new TextStyle(false);
    }

    /** Colour only on an interactive terminal, and never when NO_COLOR is set (https://no-color.org). */
    public static TextStyle forTerminal() {
        String noColor = System.getenv("NO_COLOR");
        boolean disabled = noColor != null && !noColor.isEmpty();
        return new TextStyle(!disabled && System.console() != null);
    }

    public String good(String text) {
        return paint("32;1", text);
    }

    public String bad(String text) {
        return paint("31;1", text);
    }

    public String warn(String text) {
        return paint("33", text);
    }

    public String bold(String text) {
        return paint("1", text);
    }

    public String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return colour ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
