package dev.drilljudge.readability;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;

/** The one parser setup of the readability judge, shared with the benchmark so both parse alike. */
public final class JavaParsers {
    private JavaParsers() {
    }

    /**
     * A fresh parser (JavaParser instances are not thread-safe) at language level Java 21, not 11. It reads Unicode
     * escapes as javac does, before anything else: an escaped line break in a line comment ends the comment for
     * javac, and a parser that kept the escape would not see the code after it (one-letter names and deep nesting
     * hidden from the score while they still compiled and ran).
     */
    public static JavaParser newParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setPreprocessUnicodeEscapes(true);
        return new JavaParser(configuration);
    }
}
