package dev.drilljudge.readability;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;

/** The one parser setup of the readability judge, shared with the benchmark so both parse alike. */
public final class JavaParsers {
    private JavaParsers() {
    }

    /** A fresh parser (JavaParser instances are not thread-safe) at language level Java 21, not 11. */
    public static JavaParser newParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21);
        return new JavaParser(configuration);
    }
}
