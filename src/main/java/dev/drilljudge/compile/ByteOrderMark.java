package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Some Windows editors start a UTF-8 file with a byte-order mark, which javac rejects as "illegal character
 * '\ufeff'". It is not part of the code, so it is dropped with a note instead of becoming a COMPILE_ERROR
 * (the readability analysis reads such a file fine, too).
 */
final class ByteOrderMark {
    private static final char MARK = '\ufeff';

    record Stripped(List<SourceFile> sources, List<String> notes) {
    }

    private ByteOrderMark() {
    }

    static Stripped strip(List<SourceFile> sources) {
        List<SourceFile> stripped = new ArrayList<>(sources.size());
        List<String> notes = new ArrayList<>();
        for (SourceFile source : sources) {
            if (!source.content().isEmpty() && source.content().charAt(0) == MARK) {
                stripped.add(new SourceFile(source.displayPath(), source.content().substring(1)));
                notes.add("ignored the byte-order mark at the start of " + source.displayPath()
                        + "; save the file as UTF-8 without BOM");
            } else {
                stripped.add(source);
            }
        }
        return new Stripped(List.copyOf(stripped), List.copyOf(notes));
    }
}
