package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The key of a compiled set of tests: a SHA-256 over everything javac read to compile them. That is the test and
 * support sources, the test libraries, the JDK and the compiler options, and the {@link ClassSurface} of every
 * candidate class as the tests see it: its members that the tests' source can name ({@link CallerNames}). A change to
 * any of them gives a new key; a change inside a method body, or a helper the tests never name, does not. So every
 * submission of a problem, and every student of a cohort, shares one compilation of the tests as long as what the
 * tests call looks the same.
 */
final class TestsCacheKey {
    private static final String FORMAT = "drill-judge compiled tests v2";

    private TestsCacheKey() {
    }

    static String of(List<SourceFile> tests, List<SourceFile> support, List<Path> testLibraries, List<String> options,
                     Map<String, byte[]> candidateClasses) {
        CacheDigest digest = CacheDigest.of(FORMAT).fields(options).sources("tests", tests).sources("support", support);
        for (Path library : testLibraries) {
            digest.field(library.getFileName() + ":" + size(library));
        }
        digest.field("candidate");
        Set<String> named = CallerNames.of(tests);
        new TreeMap<>(candidateClasses).forEach((name, classFile) ->
                digest.field(name).field(ClassSurface.seenBy(classFile, named::contains)));
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
