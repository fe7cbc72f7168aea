package dev.drilljudge.source;

import dev.drilljudge.BadInputException;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a .java file, or every .java file under a folder, into memory. */
public final class SourceTrees {
    private SourceTrees() {
    }

    /**
     * Reads the Java sources at {@code path}: the file itself, or the folder's tree, sorted by path.
     * A missing or unreadable path is a {@link BadInputException} naming it.
     */
    public static List<SourceFile> read(Path path) {
        if (Files.isSymbolicLink(path)) {
            throw new SymbolicLinkException(path);
        }
        if (!Files.exists(path)) {
            throw new BadInputException(path + ": no such file or folder; give a .java file or a folder of them");
        }
        if (Files.isRegularFile(path)) {
            if (!path.getFileName().toString().endsWith(".java")) {
                throw new BadInputException(path + ": not a .java file; give a .java file or a folder of them");
            }
            return List.of(readFile(path, path.getFileName().toString()));
        }
        return readFolder(path);
    }

    /** Like {@link #read(Path)} but an absent folder is simply empty (used for optional package folders). */
    public static List<SourceFile> readIfPresent(Path folder) {
        return Files.isDirectory(folder) ? readFolder(folder) : List.of();
    }

    private static List<SourceFile> readFolder(Path folder) {
        List<Path> javaFiles;
        try (Stream<Path> walk = Files.walk(folder)) {
            javaFiles = walk.peek(SourceTrees::rejectSymbolicLink)
                    .filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".java"))
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot read the folder (" + e.getMessage() + ")", e);
        }
        List<SourceFile> sources = new ArrayList<>(javaFiles.size());
        for (Path file : javaFiles) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            sources.add(readFile(file, relative));
        }
        return sources;
    }

    private static void rejectSymbolicLink(Path entry) {
        if (Files.isSymbolicLink(entry)) {
            throw new SymbolicLinkException(entry);
        }
    }

    /** Skips .judge/ and other dot-folders, where the judge keeps its own state. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static SourceFile readFile(Path file, String displayPath) {
        try {
            return new SourceFile(displayPath, Files.readString(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            throw new BadInputException(file + ": not UTF-8 text; save the file as UTF-8", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }
}
