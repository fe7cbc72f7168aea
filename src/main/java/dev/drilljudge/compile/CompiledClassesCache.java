package dev.drilljudge.compile;

import java.util.Map;
import java.util.Optional;

/**
 * Compiled classes, kept by a key that covers everything their compilation read: the tests ({@link TestsCacheKey})
 * and the support and candidate code ({@link SourceCacheKey}). A hit skips javac: resubmitting a changed method body
 * does not recompile the tests, and `judge submit` after `judge run` on the same code compiles nothing.
 * Implementations are thread-safe, and a cache that cannot read or write an entry behaves as a miss.
 */
public interface CompiledClassesCache {
    CompiledClassesCache NONE = new CompiledClassesCache() {
        @Override
        public Optional<Map<String, byte[]>> find(String key) {
            return Optional.empty();
        }

        @Override
        public void store(String key, Map<String, byte[]> classes) {
        }
    };

    /** The classes stored under this key, by binary name. */
    Optional<Map<String, byte[]>> find(String key);

    void store(String key, Map<String, byte[]> classes);

    /** Files and folders of this cache on disk, which a worker's OS sandbox hides; none for a memory cache. */
    default java.util.List<java.nio.file.Path> locations() {
        return java.util.List.of();
    }

    /** Whether entries read back are checked against a MAC under the user's key (`judge doctor` says so). */
    default boolean authenticated() {
        return false;
    }

    /** For batch runs in one JVM (`verify`, `grade`): nothing outlives the process. */
    static CompiledClassesCache inMemory(int maxEntries) {
        return new MemoryClassesCache(maxEntries);
    }

    /**
     * For `judge run` and `submit`, where every command is a new JVM. The folder must be the user's own cache
     * folder, never one a practice repo ships: the entries become trusted test classes. Candidate classes read
     * from it still go through the bytecode policy. Entries are authenticated with the key in
     * {@link #keyFileFor(java.nio.file.Path) the key file beside the folder}.
     */
    static CompiledClassesCache onDisk(java.nio.file.Path folder, int maxEntries) {
        return onDisk(folder, keyFileFor(folder), maxEntries);
    }

    static CompiledClassesCache onDisk(java.nio.file.Path folder, java.nio.file.Path keyFile, int maxEntries) {
        return new DiskClassesCache(folder, keyFile, maxEntries);
    }

    /** {@code compiled-classes.key} beside {@code compiled-classes/}: outside the folder entries are written to. */
    static java.nio.file.Path keyFileFor(java.nio.file.Path folder) {
        java.nio.file.Path absolute = folder.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".key");
    }
}
