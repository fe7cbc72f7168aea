package dev.drilljudge.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * One zip file per key, written to a temporary file and renamed, so a reader never sees half an entry; a torn or
 * corrupt file (zip checks its directory and every entry's CRC) is deleted and counts as a miss. The least
 * recently used files go once the folder holds more than {@code maxEntries}.
 * <p>
 * Entries become trusted test classes, so each carries an HMAC-SHA256 (in the zip comment) over its cache key and
 * every class name and byte, under the user's key ({@link CacheKeyFile}). An entry that fails the check (edited,
 * written by anything but the judge, or another key's entry copied or linked over it, such as sample tests over
 * hidden tests) is deleted and recompiled, never used. Without a usable key the cache stores and finds nothing.
 */
final class DiskClassesCache implements CompiledClassesCache {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final String SUFFIX = ".zip";
    private static final String CLASS_SUFFIX = ".class";

    private final Path folder;
    private final Path keyFile;
    private final int maxEntries;
    private volatile EntryMac mac;

    DiskClassesCache(Path folder, Path keyFile, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a cache holds at least one entry, not " + maxEntries);
        }
        this.folder = folder;
        this.keyFile = keyFile;
        this.maxEntries = maxEntries;
    }

    @Override
    public List<Path> locations() {
        return List.of(folder, keyFile);
    }

    @Override
    public boolean authenticated() {
        return mac().isPresent();
    }

    /** The key is read (or created) on first use, not when a command that never compiles builds its engine. */
    private Optional<EntryMac> mac() {
        EntryMac loaded = mac;
        if (loaded == null) {
            synchronized (this) {
                if (mac == null) {
                    mac = CacheKeyFile.loadOrCreate(keyFile).map(EntryMac::new).orElse(EntryMac.NONE);
                }
                loaded = mac;
            }
        }
        return loaded == EntryMac.NONE ? Optional.empty() : Optional.of(loaded);
    }

    @Override
    public Optional<Map<String, byte[]>> find(String key) {
        Path file = entryFile(key);
        Optional<EntryMac> authenticator = mac();
        if (authenticator.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, byte[]> classes = new HashMap<>();
            Enumeration<? extends ZipEntry> zipEntries = zip.entries();
            while (zipEntries.hasMoreElements()) {
                ZipEntry entry = zipEntries.nextElement();
                String name = entry.getName();
                if (!name.endsWith(CLASS_SUFFIX)) {
                    throw new IOException("unexpected entry " + name);
                }
                classes.put(name.substring(0, name.length() - CLASS_SUFFIX.length()),
                        zip.getInputStream(entry).readAllBytes());
            }
            if (classes.isEmpty() || !authenticator.get().verifies(key, classes, zip.getComment())) {
                throw new IOException("entry not authenticated");
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(classes);
        } catch (IOException | RuntimeException unreadable) {
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    @Override
    public void store(String key, Map<String, byte[]> classes) {
        Path target = entryFile(key);
        Optional<EntryMac> authenticator = mac();
        if (authenticator.isEmpty()) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> compiledClass : classes.entrySet()) {
                    zip.putNextEntry(new ZipEntry(compiledClass.getKey() + CLASS_SUFFIX));
                    zip.write(compiledClass.getValue());
                    zip.closeEntry();
                }
                zip.setComment(authenticator.get().sign(key, classes));
            }
            moveIntoPlace(temporary, target);
            evictLeastRecentlyUsed();
        } catch (IOException | RuntimeException notWritable) {
            // A cache that cannot be written costs speed, never a verdict.
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private Path entryFile(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return folder.resolve(key + SUFFIX);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void evictLeastRecentlyUsed() throws IOException {
        List<Path> files;
        try (Stream<Path> children = Files.list(folder)) {
            files = children.filter(child -> child.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        if (files.size() <= maxEntries) {
            return;
        }
        files.stream()
                .sorted(Comparator.comparing(DiskClassesCache::lastModified))
                .limit(files.size() - maxEntries)
                .forEach(DiskClassesCache::deleteQuietly);
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Another judge may hold or have removed it; the next store or eviction tries again.
        }
    }
}
