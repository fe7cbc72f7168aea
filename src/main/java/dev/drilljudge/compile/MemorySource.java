package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import javax.tools.SimpleJavaFileObject;
import java.net.URI;

/** A source file held in memory; its URI carries the display path so diagnostics can name it. */
final class MemorySource extends SimpleJavaFileObject {
    private final SourceFile source;
    private final SourceOrigin origin;

    MemorySource(SourceFile source, SourceOrigin origin) {
        super(URI.create("mem:///" + origin.name().toLowerCase(java.util.Locale.ROOT) + "/"
                + encode(source.displayPath())), Kind.SOURCE);
        this.source = source;
        this.origin = origin;
    }

    private static String encode(String path) {
        return path.replace("%", "%25").replace(" ", "%20").replace("#", "%23").replace("?", "%3F");
    }

    SourceFile source() {
        return source;
    }

    SourceOrigin origin() {
        return origin;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source.content();
    }
}
