package dev.drilljudge.report.submission;

import dev.drilljudge.verdict.Complexity;

import java.util.List;

/** The one line a submit prints about measured growth: "your code looks O(n²) (slope 1.97 over n = 2k..64k); …". */
public final class ComplexityText {
    private ComplexityText() {
    }

    public static String line(Complexity complexity) {
        String target = pretty(complexity.expected());
        if (complexity.answers().anyWrong()) {
            return "growth not credited: " + complexity.note() + " (it differs from the model answer's); the target is "
                    + target;
        }
        if (!complexity.fitted()) {
            return complexity.optimal() ? "your code is " + complexity.note() + "; the target is " + target
                    : "growth not measured (" + complexity.note() + "); the target is " + target;
        }
        String range = "n = " + size(complexity.sizes().get(0)) + ".."
                + size(complexity.sizes().get(complexity.sizes().size() - 1));
        String stopped = complexity.note().isEmpty() ? "" : "; " + complexity.note();
        String measured = String.format(java.util.Locale.ROOT, "(slope %.2f over %s%s)", complexity.exponent(), range,
                stopped);
        if (complexity.optimal()) {
            return "your code looks " + target + " " + measured + ", which is the target";
        }
        return "your code looks " + pretty(complexity.looksLike()) + " " + measured + "; the target is " + target;
    }

    /** O(n^2) → O(n²), for a terminal. */
    static String pretty(String bigO) {
        StringBuilder out = new StringBuilder();
        for (int index = 0; index < bigO.length(); index++) {
            char next = bigO.charAt(index);
            if (next == '^' && index + 1 < bigO.length() && Character.isDigit(bigO.charAt(index + 1))
                    && (index + 2 >= bigO.length() || !Character.isDigit(bigO.charAt(index + 2))
                    && bigO.charAt(index + 2) != '.')) {
                out.append(SUPERSCRIPTS.get(bigO.charAt(index + 1) - '0'));
                index++;
            } else {
                out.append(next);
            }
        }
        return out.toString();
    }

    private static final List<String> SUPERSCRIPTS = List.of("⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹");

    /** 2000 → 2k, 1500 → 1500, 1048576 → 1048576. */
    static String size(int n) {
        return n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
    }
}
