package dev.drilljudge.debug;

import dev.drilljudge.source.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a fix is measured on: the code's lines without comments, without indentation and without blank lines,
 * file after file in path order. Re-indenting, re-commenting or adding blank lines is not a change to the code.
 */
public final class CodeLines {
    private CodeLines() {
    }

    public static List<String> of(List<SourceFile> sources) {
        List<String> lines = new ArrayList<>();
        sources.stream().sorted(Comparator.comparing(SourceFile::displayPath)).forEach(source -> {
            lines.add("// file " + source.displayPath());
            // Code that does not parse is compared as it stands: its comments then count as lines.
            String code = CommentStripper.strip(source.content()).orElse(source.content());
            code.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        });
        return lines;
    }
}
