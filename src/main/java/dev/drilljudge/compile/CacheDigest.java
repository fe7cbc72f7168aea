package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over a sequence of length-prefixed fields, so that no two different sequences hash the same bytes:
 * the digest behind every compiled-classes cache key. It always starts with the key's format and the JDK version.
 */
final class CacheDigest {
    private final MessageDigest digest;

    private CacheDigest(String format) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        field(format);
        field(Runtime.version().toString());
    }

    static CacheDigest of(String format) {
        return new CacheDigest(format);
    }

    CacheDigest field(String text) {
        return field(text.getBytes(StandardCharsets.UTF_8));
    }

    CacheDigest field(byte[] bytes) {
        int length = bytes.length;
        digest.update(new byte[] {
            (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
        return this;
    }

    CacheDigest fields(List<String> texts) {
        texts.forEach(this::field);
        return this;
    }

    /** The sources under a role name, by path then content, in path order: the order they were read in is no part. */
    CacheDigest sources(String role, List<SourceFile> sources) {
        field(role);
        field(Integer.toString(sources.size()));
        sources.stream().sorted(Comparator.comparing(SourceFile::displayPath)).forEach(source -> {
            field(source.displayPath());
            field(source.content());
        });
        return this;
    }

    /** 64 lower-case hex digits. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
