package dev.drilljudge.compile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

/**
 * The per-user secret that authenticates compiled-classes cache entries: 32 random bytes in a file only its owner
 * may read (mode 0600), beside the cache folder and never inside a practice repo. It is created atomically (written
 * to a private temporary file, then hard-linked into place, which fails if another judge got there first), so two
 * judges starting at once agree on one key. A key file that others may read, or of the wrong size, is not trusted:
 * it is replaced, which turns every existing entry into a miss.
 */
final class CacheKeyFile {
    static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private CacheKeyFile() {
    }

    /** The key in {@code file}, created when missing; empty when it can be neither read nor created. */
    static Optional<byte[]> loadOrCreate(Path file) {
        try {
            Optional<byte[]> existing = readTrusted(file);
            if (existing.isPresent()) {
                return existing;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = writeFreshKey(file);
            try {
                if (Files.exists(file)) {
                    // Present but not trusted (readable by others, wrong size): replace it.
                    moveIntoPlace(temporary, file);
                } else {
                    Files.createLink(file, temporary);
                }
            } catch (FileAlreadyExistsException anotherJudgeWon) {
                // Fine: read the winner's key below.
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (!Files.exists(file)) {
                    moveIntoPlace(temporary, file);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return readTrusted(file);
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> readTrusted(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.isSymbolicLink(file)) {
            return Optional.empty();
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null && !OWNER_ONLY.containsAll(posix.readAttributes().permissions())) {
            return Optional.empty();
        }
        byte[] key = Files.readAllBytes(file);
        return key.length == KEY_BYTES ? Optional.of(key) : Optional.empty();
    }

    private static Path writeFreshKey(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        boolean posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
        Path temporary = posix
                ? Files.createTempFile(folder, ".cache-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, ".cache-key", ".tmp");
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.write(temporary, key);
        return temporary;
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
