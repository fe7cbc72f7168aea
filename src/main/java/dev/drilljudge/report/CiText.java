package dev.drilljudge.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text the candidate controls (folder and file names, messages, printed output) made safe for a CI log. A CI runner
 * reads some log lines as commands: GitHub Actions a line starting with {@code ::} (after leading whitespace, e.g.
 * {@code ::error}, {@code ::set-output}, {@code ::add-mask}) or {@code ##[}, Azure Pipelines {@code ##vso[} anywhere
 * in a line. So line breaks and other control characters never reach the log raw (a name cannot start a new line),
 * and command markers are broken up where they would be read.
 */
public final class CiText {
    /** C0 and C1 controls, DEL, and Unicode line and paragraph separators: all but tab are escaped. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F\\x80-\\x9F\\u2028\\u2029]");
    private static final Pattern COMMAND_AT_START = Pattern.compile("^(\\s*)(::|##\\[)");
    private static final Pattern COMMAND_ANYWHERE = Pattern.compile("##(vso)?\\[", Pattern.CASE_INSENSITIVE);

    private CiText() {
    }

    /**
     * One log line's worth of candidate text: control characters written as escapes ({@code \n}, {@code \r},
     * {@code \u001b}), and any workflow-command marker broken up.
     */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        return neutralise(escapeControls(text));
    }

    /**
     * Multi-line candidate text (printed output, a message) for a log, one neutralised line per line of the text;
     * the result's line breaks are the only ones in it.
     */
    public static String lines(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        text.lines().forEach(line -> {
            if (!safe.isEmpty()) {
                safe.append('\n');
            }
            safe.append(line(line));
        });
        return safe.toString();
    }

    private static String escapeControls(String text) {
        Matcher control = CONTROL.matcher(text);
        StringBuilder escaped = new StringBuilder();
        while (control.find()) {
            char found = control.group().charAt(0);
            String replacement = switch (found) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> String.format("\\u%04x", (int) found);
            };
            control.appendReplacement(escaped, Matcher.quoteReplacement(replacement));
        }
        control.appendTail(escaped);
        return escaped.toString();
    }

    /** "::" opening a line becomes ": :"; "##[" and "##vso[" anywhere become "# #[" and "# #vso[". */
    private static String neutralise(String line) {
        String safe = COMMAND_ANYWHERE.matcher(line).replaceAll(match -> Matcher.quoteReplacement("# #"
                + (match.group(1) == null ? "" : match.group(1)) + "["));
        Matcher start = COMMAND_AT_START.matcher(safe);
        if (start.find() && start.group(2).equals("::")) {
            safe = start.group(1) + ": :" + safe.substring(start.end());
        }
        return safe;
    }
}
