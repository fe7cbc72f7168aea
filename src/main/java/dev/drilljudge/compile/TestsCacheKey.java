package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
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
        MessageDigest digest = sha256();
        field(digest, FORMAT);
        field(digest, Runtime.version().toString());
        options.forEach(option -> field(digest, option));
        sources(digest, "tests", tests);
        sources(digest, "support", support);
        for (Path library : testLibraries) {
            field(digest, library.getFileName() + ":" + size(library));
        }
        field(digest, "candidate");
        new TreeMap<>(candidateClasses).forEach((name, classFile) -> {
            field(digest, name);
            field(digest, ClassSurface.of(classFile));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void sources(MessageDigest digest, String role, List<SourceFile> sources) {
        field(digest, role);
        sources.stream().sorted(Comparator.comparing(SourceFile::displayPath)).forEach(source -> {
            field(digest, source.displayPath());
            field(digest, source.content());
        });
    }

    private static long size(Path library) {
        try {
            return Files.size(library);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Length-prefixed, so that no two different sequences of fields hash the same bytes. */
    private static void field(MessageDigest digest, String text) {
        field(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest digest, byte[] bytes) {
        int length = bytes.length;
        digest.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
