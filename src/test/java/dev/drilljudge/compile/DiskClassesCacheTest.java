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
}
