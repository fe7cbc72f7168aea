package dev.drilljudge.compile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiskClassesCacheTest {
    private static final String KEY_A = "a".repeat(64);
    private static final String KEY_B = "b".repeat(64);
    private static final String KEY_C = "c".repeat(64);
    private static final Map<String, byte[]> CLASSES = Map.of(
            "pkg.AdderTest", new byte[] {1, 2, 3},
            "pkg.AdderTest$Nested", new byte[] {4});

    @TempDir
    Path folder;

    @Test
    void storedClassesComeBackByKeyAcrossInstances() {
        CompiledClassesCache.onDisk(folder.resolve("cache"), 8).store(KEY_A, CLASSES);

        Map<String, byte[]> found = CompiledClassesCache.onDisk(folder.resolve("cache"), 8).find(KEY_A).orElseThrow();

        assertThat(found).containsOnlyKeys("pkg.AdderTest", "pkg.AdderTest$Nested");
        assertThat(found.get("pkg.AdderTest")).containsExactly(1, 2, 3);
        assertThat(found.get("pkg.AdderTest$Nested")).containsExactly(4);
        assertThat(CompiledClassesCache.onDisk(folder.resolve("cache"), 8).find(KEY_B)).isEmpty();
    }

    @Test
    void aTornOrCorruptEntryIsAMissAndIsRemoved() throws IOException {
        CompiledClassesCache cache = CompiledClassesCache.onDisk(folder, 8);
        cache.store(KEY_A, CLASSES);
        Path entry = folder.resolve(KEY_A + ".zip");
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(cache.find(KEY_A)).isEmpty();
        assertThat(entry).doesNotExist();
    }

    @Test
    void theLeastRecentlyUsedEntriesGoFirst() throws IOException {
        CompiledClassesCache cache = CompiledClassesCache.onDisk(folder, 2);
        cache.store(KEY_A, CLASSES);
        cache.store(KEY_B, CLASSES);
        Files.setLastModifiedTime(folder.resolve(KEY_A + ".zip"), FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(folder.resolve(KEY_B + ".zip"), FileTime.fromMillis(2_000));
        cache.find(KEY_A);

        cache.store(KEY_C, CLASSES);

        assertThat(cache.find(KEY_B)).isEmpty();
        assertThat(cache.find(KEY_A)).isPresent();
        assertThat(cache.find(KEY_C)).isPresent();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(KEY_A + ".zip", KEY_C + ".zip");
        }
    }

    @Test
    void anUnwritableFolderCostsSpeedNotAVerdict() throws IOException {
        Path blocked = folder.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder should be");
        CompiledClassesCache cache = CompiledClassesCache.onDisk(blocked, 8);

        cache.store(KEY_A, CLASSES);

        assertThat(cache.find(KEY_A)).isEmpty();
    }

    @Test
    void onlyHashesAreKeys() {
        CompiledClassesCache cache = CompiledClassesCache.onDisk(folder, 8);

        assertThatThrownBy(() -> cache.find("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMemoryCacheKeepsItsMostRecentEntries() {
        CompiledClassesCache cache = CompiledClassesCache.inMemory(2);
        cache.store(KEY_A, CLASSES);
        cache.store(KEY_B, CLASSES);
        cache.find(KEY_A);
        cache.store(KEY_C, CLASSES);

        assertThat(cache.find(KEY_A)).isPresent();
        assertThat(cache.find(KEY_B)).isEmpty();
        assertThat(cache.find(KEY_C)).isPresent();
    }

    @Test
    void anEntryCopiedOverAnotherKeysEntryIsDiscarded() throws IOException {
        CompiledClassesCache cache = CompiledClassesCache.onDisk(folder.resolve("cache"), 8);
        cache.store(KEY_A, CLASSES);
        cache.store(KEY_B, Map.of("pkg.Other", new byte[] {9}));
        Path entryA = folder.resolve("cache").resolve(KEY_A + ".zip");
        Files.copy(folder.resolve("cache").resolve(KEY_B + ".zip"), entryA,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(cache.find(KEY_A)).isEmpty();
        assertThat(entryA).doesNotExist();
        assertThat(cache.find(KEY_B)).isPresent();
    }

    @Test
    void anEntryWrittenWithoutTheKeyIsDiscarded() throws IOException {
        CompiledClassesCache cache = CompiledClassesCache.onDisk(folder.resolve("cache"), 8);
        cache.store(KEY_A, CLASSES);
        Path entry = folder.resolve("cache").resolve(KEY_A + ".zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(entry))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("pkg.AdderTest.class"));
            zip.write(new byte[] {7, 7, 7});
            zip.closeEntry();
            zip.setComment("00".repeat(32));
        }

        assertThat(cache.find(KEY_A)).isEmpty();
        assertThat(entry).doesNotExist();
    }

    @Test
    void theKeyIsCreatedOwnerOnlyBesideTheFolder() throws IOException {
        CompiledClassesCache cache = CompiledClassesCache.onDisk(folder.resolve("cache"), 8);

        cache.store(KEY_A, CLASSES);

        Path key = folder.resolve("cache.key");
        assertThat(cache.authenticated()).isTrue();
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(cache.locations()).containsExactly(folder.resolve("cache"), key);
    }

    @Test
    void aKeyOthersCanReadIsReplacedSoItsEntriesAreMisses() throws IOException {
        CompiledClassesCache.onDisk(folder.resolve("cache"), 8).store(KEY_A, CLASSES);
        Path key = folder.resolve("cache.key");
        byte[] leaked = Files.readAllBytes(key);
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        CompiledClassesCache reopened = CompiledClassesCache.onDisk(folder.resolve("cache"), 8);

        assertThat(reopened.find(KEY_A)).isEmpty();
        assertThat(Files.readAllBytes(key)).isNotEqualTo(leaked);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
    }

    @Test
    void withoutAUsableKeyNothingIsStoredOrTrusted() throws IOException {
        Files.createDirectories(folder.resolve("cache.key").resolve("not-a-key"));
        CompiledClassesCache cache = CompiledClassesCache.onDisk(folder.resolve("cache"), 8);

        cache.store(KEY_A, CLASSES);

        assertThat(cache.authenticated()).isFalse();
        assertThat(cache.find(KEY_A)).isEmpty();
        assertThat(folder.resolve("cache").resolve(KEY_A + ".zip")).doesNotExist();
    }
}
