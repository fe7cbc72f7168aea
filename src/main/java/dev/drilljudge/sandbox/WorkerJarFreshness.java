package dev.drilljudge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a build's worker jar holds the classes its classes folder holds now: it is at least as new as every file
 * of the worker's packages there. An IDE that recompiles a worker class without rebuilding the jar makes it stale.
 */
final class WorkerJarFreshness {
    private WorkerJarFreshness() {
    }

    /**
     * @param packages the packages the jar is made of, as folders under {@code classesFolder}
     *                 (e.g. {@code dev/drilljudge/worker})
     */
    static boolean isCurrent(Path jar, Path classesFolder, List<String> packages) {
        if (!Files.isRegularFile(jar) || !Files.isDirectory(classesFolder)) {
            return false;
        }
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            for (String folder : packages) {
                Path classes = classesFolder.resolve(folder);
                if (!Files.isDirectory(classes)) {
                    return false;
                }
                try (Stream<Path> files = Files.walk(classes)) {
                    if (files.filter(Files::isRegularFile).anyMatch(file -> isNewer(file, built))) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | UncheckedIOException unreadable) {
            return false;
        }
    }

    private static boolean isNewer(Path file, FileTime than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
