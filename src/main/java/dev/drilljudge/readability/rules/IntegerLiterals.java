package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.expr.IntegerLiteralExpr;

/**
 * The value of an int literal, as {@link IntegerLiteralExpr#asNumber()} gives it. That call strips underscores with
 * {@code String.replaceAll}, compiling a regular expression for every literal; the rules read the value of most
 * literals of a file, so a plain decimal literal (the usual kind) is read directly and only the rest go through it.
 */
final class IntegerLiterals {
    /** Nine decimal digits always fit in an int. */
    private static final int SAFE_DIGITS = 9;

    private IntegerLiterals() {
    }

    /** @throws NumberFormatException as {@code asNumber()} does, for a literal out of range */
    static int value(IntegerLiteralExpr literal) {
        String text = literal.getValue();
        if (isPlainDecimal(text)) {
            return Integer.parseInt(text);
        }
        return literal.asNumber().intValue();
    }

    /** Digits only, no leading zero (octal) unless it is "0", and short enough that no sign trick applies. */
    private static boolean isPlainDecimal(String text) {
        int length = text.length();
        if (length == 0 || length > SAFE_DIGITS || (length > 1 && text.charAt(0) == '0')) {
            return false;
        }
        for (int index = 0; index < length; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return false;
            }
        }
        return true;
    }
}
