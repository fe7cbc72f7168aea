package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name the tests' source could use to reach a member of a candidate class: each identifier-like word in it
 * (comments and string literals included, which only adds names), read both as written and with its Unicode
 * escapes decoded as javac decodes them, plus the members javac calls for constructs that do not name them:
 * {@code close} (try-with-resources), {@code iterator}/{@code hasNext}/{@code next} (the enhanced for), {@code values}/
 * {@code valueOf}/{@code ordinal} (a switch over an enum). A larger set only makes compiled tests shared less
 * often; a smaller one could share them wrongly.
 */
final class CallerNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");
    static final Set<String> IMPLICITLY_CALLED = Set.of("close", "iterator", "hasNext", "next", "values", "valueOf",
            "ordinal");

    private CallerNames() {
    }

    static Set<String> of(List<SourceFile> sources) {
        Set<String> names = new HashSet<>(IMPLICITLY_CALLED);
        for (SourceFile source : sources) {
            addIdentifiers(source.content(), names);
            addIdentifiers(decodeUnicodeEscapes(source.content()), names);
        }
        return Set.copyOf(names);
    }

    private static void addIdentifiers(String text, Set<String> names) {
        Matcher matcher = IDENTIFIER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
    }

    private static String decodeUnicodeEscapes(String text) {
        return UNICODE_ESCAPE.matcher(text).replaceAll(escape ->
                Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
    }
}
