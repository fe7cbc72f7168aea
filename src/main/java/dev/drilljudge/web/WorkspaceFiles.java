package dev.drilljudge.web;

import dev.drilljudge.BadInputException;
import dev.drilljudge.problem.ProblemPackage;
import dev.drilljudge.session.JudgePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The page's view of submissions/&lt;id&gt;/: the same files `judge run` and `judge submit` read. The page edits
 * only top-level .java files, named like a Java class; anything else in the body is refused, so a request can
 * never write outside the folder.
 */
final class WorkspaceFiles {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,99}\\.java");
    static final int MAX_FILES = 20;

    private final JudgePaths paths;

    WorkspaceFiles(JudgePaths paths) {
        this.paths = paths;
    }

    /** What the editor shows: the folder's files, or the starter's while no drill has copied it. */
    record Snapshot(String folder, boolean exists, Map<String, String> files, long modifiedMs) {
    }

    Snapshot read(ProblemPackage problem) {
        Path folder = paths.workDir(problem.id());
        boolean exists = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
        Path source = exists ? folder : problem.starterDir();
        Map<String, String> files = new TreeMap<>();
        long modified = 0;
        if (Files.isDirectory(source)) {
            try (Stream<Path> children = Files.list(source)) {
                for (Path file : children.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (FILE_NAME.matcher(name).matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                        modified = Math.max(modified, Files.getLastModifiedTime(file).toMillis());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }
        return new Snapshot(folder.toString(), exists, files, exists ? modified : 0);
    }

    /** Checks every name before writing any file: a bad name changes nothing. */
    static void validate(Map<String, String> files) {
        if (files.isEmpty()) {
            throw new BadInputException("\"files\" is empty; send at least one .java file");
        }
        if (files.size() > MAX_FILES) {
            throw new BadInputException("\"files\" holds " + files.size() + " files; the page edits at most "
                    + MAX_FILES);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!FILE_NAME.matcher(file.getKey()).matches()) {
                throw new BadInputException("file name '" + printable(file.getKey()) + "' is not allowed; use a "
                        + "plain .java file name such as Solution.java (no folders, no '..')");
            }
            if (file.getValue() == null) {
                throw new BadInputException("file " + file.getKey() + " has no text");
            }
        }
    }

    /** Writes each changed file (temp file, then rename); an unchanged file is left alone, mtime and all. */
    void write(ProblemPackage problem, Map<String, String> files) {
        validate(files);
        Path folder = paths.workDir(problem.id());
        try {
            if (Files.isSymbolicLink(folder)) {
                throw new BadInputException(folder + " is a symbolic link; the judge reads regular files only");
            }
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                        && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
                    continue;
                }
                Path temp = Files.createTempFile(folder, "." + file.getKey(), ".tmp");
                try {
                    Files.write(temp, content);
                    moveAtomically(temp, target);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + folder, e);
        }
    }

    private static void moveAtomically(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A name from the request, shortened and stripped of control characters for the error message. */
    private static String printable(String name) {
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) + "..." : cleaned;
    }
}
