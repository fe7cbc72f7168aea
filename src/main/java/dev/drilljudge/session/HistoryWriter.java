package dev.drilljudge.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends events to history.jsonl, one JSON line each. Each line is serialised in full first and written in one
 * append, so a crash can tear at most the line being written; earlier lines are never touched. If the file ends
 * in a torn line, the new line starts on a fresh line so the torn one cannot swallow it.
 */
public final class HistoryWriter {
    private final Path file;

    public HistoryWriter(JudgePaths paths) {
        this.file = paths.historyFile();
    }

    public void append(HistoryEvent event) {
        byte[] line = (HistoryLines.format(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.lock(); // two judge processes never interleave; closing the channel releases it
                ByteBuffer buffer = endsWithNewline(channel.size()) ? ByteBuffer.wrap(line) : startOnFreshLine(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private boolean endsWithNewline(long size) throws IOException {
        if (size == 0) {
            return true;
        }
        try (SeekableByteChannel reader = Files.newByteChannel(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            reader.position(size - 1).read(last);
            return last.get(0) == '\n';
        }
    }

    private static ByteBuffer startOnFreshLine(byte[] line) {
        ByteBuffer buffer = ByteBuffer.allocate(line.length + 1);
        buffer.put((byte) '\n').put(line).flip();
        return buffer;
    }
}
