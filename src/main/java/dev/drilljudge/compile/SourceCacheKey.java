package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.util.List;

/**
 * The key of classes compiled from sources and the JDK alone: a problem's support classes, or the candidate's code
 * (which sees the support classes, so their sources are part of its key). A SHA-256 over the role, the sources,
 * the JDK and the compiler options; any change to a source, however small, gives a new key.
 */
final class SourceCacheKey {
    private static final String FORMAT = "drill-judge compiled sources v1";

    private SourceCacheKey() {
    }

    static String support(List<SourceFile> support, List<String> options) {
        return CacheDigest.of(FORMAT).field("support").fields(options).sources("support", support).hex();
    }

    static String candidate(List<SourceFile> candidate, List<SourceFile> support, List<String> options) {
        return CacheDigest.of(FORMAT).field("candidate").fields(options).sources("candidate", candidate)
                .sources("support", support).hex();
    }
}
