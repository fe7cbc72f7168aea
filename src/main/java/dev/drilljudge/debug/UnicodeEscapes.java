package dev.drilljudge.debug;

import com.github.javaparser.Provider;
import com.github.javaparser.StringProvider;
import com.github.javaparser.UnicodeEscapeProcessingProvider;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Source text as javac reads it: Unicode escapes (a backslash, u and four hex digits) turned into their characters
 * first, by JavaParser's own decoder, which follows the Java Language Specification (an escaped backslash followed by
 * u is no escape). A fix measured on the text as written would not see code after a line comment whose text holds
 * the escape of a line break: javac compiles that code, the comment stripper dropped it with the comment, and a
 * whole rewrite so hidden counted as 0 changed lines.
 */
final class UnicodeEscapes {
    private UnicodeEscapes() {
    }

    static String decode(String source) {
        if (source.indexOf('\\') < 0) {
            return source;
        }
        StringBuilder decoded = new StringBuilder(source.length());
        char[] buffer = new char[4096];
        try (Provider provider = new UnicodeEscapeProcessingProvider(new StringProvider(source))) {
            for (int read = provider.read(buffer, 0, buffer.length); read > 0;
                 read = provider.read(buffer, 0, buffer.length)) {
                decoded.append(buffer, 0, read);
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return decoded.toString();
    }
}
