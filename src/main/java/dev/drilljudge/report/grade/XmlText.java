package dev.drilljudge.report.grade;

/**
 * Makes arbitrary text legal in XML 1.0. StAX escapes markup, but it cannot express control characters such as
 * NUL, and a candidate's output or a test message may contain them: they become U+FFFD.
 */
final class XmlText {
    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> clean.appendCodePoint(isLegal(codePoint) ? codePoint : 0xFFFD));
        return clean.toString();
    }

    private static boolean isLegal(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
