package dev.drilljudge.compile;

import java.util.Map;
import java.util.Optional;

/**
 * Compiled test classes, kept by a key that covers everything their compilation read (see {@link TestsCacheKey}).
 * A hit skips javac's most expensive phase: resubmitting a changed method body does not recompile the tests.
 * Implementations are thread-safe, and a cache that cannot read or write an entry behaves as a miss.
 */
public interface CompiledTestsCache {
    CompiledTestsCache NONE = new CompiledTestsCache() {
        @Override
        public Optional<Map<String, byte[]>> find(String key) {
            return Optional.empty();
        }

        @Override
        public void store(String key, Map<String, byte[]> testClasses) {
        }
    };

    /** The test classes stored under this key, by binary name. */
    Optional<Map<String, byte[]>> find(String key);

    void store(String key, Map<String, byte[]> testClasses);

    /** For batch runs in one JVM (`verify`, `grade`): nothing outlives the process. */
    static CompiledTestsCache inMemory(int maxEntries) {
        return new MemoryTestsCache(maxEntries);
    }

    /**
     * For `judge run` and `submit`, where every command is a new JVM. The folder must be the user's own cache
     * folder, never one a practice repo ships: the entries become trusted test classes.
     */
    static CompiledTestsCache onDisk(java.nio.file.Path folder, int maxEntries) {
        return new DiskTestsCache(folder, maxEntries);
    }
}
