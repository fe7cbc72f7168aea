package dev.drilljudge.readability;

import dev.drilljudge.source.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test helpers: fixture files from the test classpath and the project root. */
final class Fixtures {
    private Fixtures() {
    }

    static SourceFile resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            return new SourceFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project folder (surefire sets judge.projectRoot), or the working directory. */
    static Path projectRoot() {
        return Path.of(System.getProperty("judge.projectRoot", "."));
    }

    static Path testResources() {
        return projectRoot().resolve("src/test/resources/readability");
    }
}
