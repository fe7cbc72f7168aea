package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key of a compiled set of tests: a SHA-256 over everything javac read to compile them. That is the test and
 * support sources, the test libraries, the JDK and the compiler options, and the {@link ClassSurface} of every
 * candidate class. A change to any of them gives a new key; a change inside a method body does not.
 */
final class TestsCacheKey {
    private static final String FORMAT = "drill-judge compiled tests v1";

    private TestsCacheKey() {
    }

    static String of(List<SourceFile> tests, List<SourceFile> support, List<Path> testLibraries, List<String> options,
                     Map<String, byte[]> candidateClasses) {
        CacheDigest digest = CacheDigest.of(FORMAT).fields(options).sources("tests", tests).sources("support", support);
        for (Path library : testLibraries) {
            digest.field(library.getFileName() + ":" + size(library));
        }
        digest.field("candidate");
        new TreeMap<>(candidateClasses).forEach((name, classFile) -> digest.field(name).field(ClassSurface.of(classFile)));
        return digest.hex();
    }

    private static long size(Path library) {
        try {
            return Files.size(library);
        } catch (IOException e) {
            return -1;
        }
    }
}
