package dev.drilljudge.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The least recently used entries go first once the cache holds {@code maxEntries}. */
final class MemoryClassesCache implements CompiledClassesCache {
    private final Map<String, Map<String, byte[]>> entries;

    MemoryClassesCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a cache holds at least one entry, not " + maxEntries);
        }
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, byte[]>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public synchronized Optional<Map<String, byte[]>> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void store(String key, Map<String, byte[]> classes) {
        entries.put(key, Map.copyOf(classes));
    }
}
