package dev.drilljudge.session;

import dev.drilljudge.BadInputException;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes drills.json. A write goes to a temporary file in the same folder that is then renamed over
 * the old one atomically, so a crash leaves either the old state or the new one, never half a file.
 */
public final class DrillStore {
    private final Path file;

    public DrillStore(JudgePaths paths) {
        this.file = paths.drillsFile();
    }

    public SessionState load() {
        if (!Files.exists(file)) {
            return SessionState.EMPTY;
        }
        try {
            SessionState state = SessionJson.MAPPER.readValue(file.toFile(), SessionState.class);
            return state == null ? SessionState.EMPTY : state;
        } catch (JacksonException e) {
            throw new BadInputException(file + ": not a valid drill state (" + e.getOriginalMessage()
                    + "); delete it to reset the open drills (history.jsonl keeps your record)", e);
        }
    }

    public void save(SessionState state) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "drills", ".json.tmp");
            try {
                writeDurably(temp, SessionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
                moveAtomically(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Flushed to disk before the rename, so a power cut cannot leave a renamed but empty file. */
    private static void writeDurably(Path temp, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private void moveAtomically(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
