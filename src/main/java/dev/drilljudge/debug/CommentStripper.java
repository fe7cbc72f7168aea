package dev.drilljudge.debug;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes comments from Java source, keeping everything else byte for byte. The bank's wrong solutions carry
 * comments that name their bug ("bug: queue.size() changes ..."); the candidate of a debug drill gets the code
 * as a colleague would have committed it, without the confession. Works on JavaParser's token list, so a
 * "//" inside a string literal is never mistaken for a comment.
 */
public final class CommentStripper {
    private CommentStripper() {
    }

    /** The source without comments, or empty when it does not parse (then nothing can be said about it). */
    public static Optional<String> strip(String source) {
        ParseResult<CompilationUnit> parsed = parser().parse(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return Optional.empty();
        }
        return parsed.getResult().get().getTokenRange().map(tokens -> withoutComments(source, tokens));
    }

    /**
     * Rebuilds the source line by line from its non-comment tokens. A line that held only a comment goes; a blank
     * line the author wrote stays; trailing spaces left before a removed end-of-line comment go too.
     */
    private static String withoutComments(String source, Iterable<JavaToken> tokens) {
        int lineCount = (int) source.lines().count() + 1;
        StringBuilder[] lines = new StringBuilder[lineCount + 1];
        boolean[] hasCode = new boolean[lineCount + 1];
        boolean[] covered = new boolean[lineCount + 1];
        for (JavaToken token : tokens) {
            if (token.getRange().isEmpty() || token.getCategory().isEndOfLine()) {
                continue;
            }
            int first = token.getRange().get().begin.line;
            int last = Math.min(lineCount, token.getRange().get().end.line);
            if (token.getCategory().isComment()) {
                for (int line = first; line <= last; line++) {
                    covered[line] = true;
                }
                continue;
            }
            if (lines[first] == null) {
                lines[first] = new StringBuilder();
            }
            lines[first].append(token.getText());
            if (!token.getCategory().isWhitespace()) {
                hasCode[first] = true;
            }
            // A text block spans lines: its text carries them, so the lines it covers print nothing of their own.
            for (int line = first + 1; line <= last; line++) {
                covered[line] = true;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int line = 1; line <= lineCount; line++) {
            if (hasCode[line]) {
                kept.add(lines[line].toString().stripTrailing());
            } else if (!covered[line] && line < lineCount) {
                kept.add("");
            }
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept) + "\n";
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
    }
}
