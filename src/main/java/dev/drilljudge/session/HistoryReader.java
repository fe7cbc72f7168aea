package dev.drilljudge.session;

import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads history.jsonl. A line that is not a complete event (torn by a crash, hand-edited, not UTF-8) is skipped
 * and reported with its 1-based line number; every other line is still read.
 */
public final class HistoryReader {
    private static final int REASON_LIMIT = 120;

    private HistoryReader() {
    }

    /** The history under a submissions folder, e.g. one committed to a practice repo that CI grades. */
    public static HistoryLog readSubmissions(Path submissionsDir) {
        return read(new JudgePaths(submissionsDir).historyFile());
    }

    public static HistoryLog read(Path historyFile) {
        if (!Files.exists(historyFile)) {
            return HistoryLog.EMPTY;
        }
        byte[] content;
        try {
            content = Files.readAllBytes(historyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + historyFile, e);
        }
        List<HistoryEvent> events = new ArrayList<>();
        List<SkippedLine> skipped = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start < content.length) {
            int end = indexOfNewline(content, start);
            lineNumber++;
            parseLine(content, start, end, lineNumber, events, skipped);
            start = end + 1;
        }
        return new HistoryLog(events, skipped);
    }

    private static void parseLine(byte[] content, int start, int end, int lineNumber, List<HistoryEvent> events,
                                  List<SkippedLine> skipped) {
        String line;
        try {
            line = utf8().decode(ByteBuffer.wrap(content, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            skipped.add(new SkippedLine(lineNumber, "not UTF-8 text (a write cut short?)"));
            return;
        }
        if (line.isBlank()) {
            return;
        }
        try {
            events.add(HistoryLines.parse(line));
        } catch (JacksonException e) {
            skipped.add(new SkippedLine(lineNumber, "not a complete history event (" + shorten(e.getOriginalMessage())
                    + ")"));
        } catch (IllegalArgumentException | NullPointerException e) {
            skipped.add(new SkippedLine(lineNumber, "not a complete history event (" + shorten(e.getMessage())
                    + ")"));
        }
    }

    private static int indexOfNewline(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return content.length;
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String shorten(String message) {
        String oneLine = message == null ? "unreadable" : message.replaceAll("\\s+", " ");
        return oneLine.length() <= REASON_LIMIT ? oneLine : oneLine.substring(0, REASON_LIMIT) + "…";
    }
}
